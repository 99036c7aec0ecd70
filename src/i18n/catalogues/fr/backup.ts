import type { Translation } from '../../define';
import type { en } from '../en/backup';

export const fr: Translation<typeof en> = {
  'backup.exportAll': 'Télécharger une sauvegarde complète',
  'backup.exporting': 'Préparation du fichier…',
  'backup.exportingFiles': 'Préparation du fichier… {done} pièces jointes sur {total}',
  'backup.exported': 'Sauvegarde prête : {name}. Gardez-la en lieu sûr.',
  'backup.exportFailed': 'Le fichier n’a pas pu être créé. Réessayez ; si le problème persiste, libérez de l’espace de stockage.',
  'backup.nudge.title': 'Sauvegardez vos dossiers',
  'backup.nudge.never': 'Vous n’avez encore fait aucune sauvegarde. Si cet appareil est perdu ou réinitialisé, vos dossiers disparaissent avec lui.',
  'backup.nudge.old': 'Votre dernière sauvegarde date de {days} jours.',
  'backup.nudge.notPersistent': 'Votre navigateur ne s’est pas engagé à conserver les données de l’application et peut les effacer s’il manque de place.',
  'backup.nudge.safari': 'Safari peut effacer les données de l’application après 7 jours sans visite. Ajoutez Refund Tracker à l’écran d’accueil (Partager, puis « Sur l’écran d’accueil ») et gardez une sauvegarde.',
  'backup.nudge.action': 'Sauvegarder maintenant',
  'backup.nudge.settings': 'Réglages de sauvegarde',
};
