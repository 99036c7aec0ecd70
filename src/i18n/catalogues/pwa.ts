import { defineMessages } from '../define';

export const pwa = defineMessages(
  {
    'pwa.updateLater': 'Later',
    'pwa.storage.title': 'Storage on this device',
    'pwa.storage.intro': 'Your cases and evidence are stored only in this browser, on this device.',
    'pwa.storage.persisted': 'Protected: the browser will not delete this data to free up space.',
    'pwa.storage.notPersisted': 'Not protected yet: when the device runs low on space, the browser may delete this data. Keep backups.',
    'pwa.storage.unsupported': 'This browser does not say whether it keeps this data. Keep backups.',
    'pwa.storage.usage': 'Using {used} of about {available} available.',
    'pwa.storage.usageUnknown': 'The browser does not say how much space is used.',
    'pwa.storage.protect': 'Protect my data',
    'pwa.storage.asking': 'Asking the browser…',
    'pwa.storage.denied': 'The browser did not allow it. Installing the app on your home screen (or bookmarking it) often helps; meanwhile, keep backups.',
    'pwa.storage.granted': 'Done: the browser will keep this data.',
    'pwa.storage.checking': 'Checking storage…',
  },
  {
    'pwa.updateLater': 'Plus tard',
    'pwa.storage.title': 'Stockage sur cet appareil',
    'pwa.storage.intro': 'Vos dossiers et vos pièces jointes sont enregistrés uniquement dans ce navigateur, sur cet appareil.',
    'pwa.storage.persisted': 'Protégé : le navigateur ne supprimera pas ces données pour libérer de la place.',
    'pwa.storage.notPersisted': 'Pas encore protégé : si l’appareil manque de place, le navigateur peut supprimer ces données. Faites des sauvegardes.',
    'pwa.storage.unsupported': 'Ce navigateur n’indique pas s’il conserve ces données. Faites des sauvegardes.',
    'pwa.storage.usage': '{used} utilisés sur environ {available} disponibles.',
    'pwa.storage.usageUnknown': 'Le navigateur n’indique pas l’espace utilisé.',
    'pwa.storage.protect': 'Protéger mes données',
    'pwa.storage.asking': 'Demande au navigateur…',
    'pwa.storage.denied': 'Le navigateur a refusé. Installer l’application sur l’écran d’accueil (ou l’ajouter aux favoris) aide souvent ; en attendant, faites des sauvegardes.',
    'pwa.storage.granted': 'C’est fait : le navigateur conservera ces données.',
    'pwa.storage.checking': 'Vérification du stockage…',
  },
);
