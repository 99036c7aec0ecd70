import type { Translation } from '../../define';
import type { en } from '../en/storage';

export const fr: Translation<typeof en> = {
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
};
