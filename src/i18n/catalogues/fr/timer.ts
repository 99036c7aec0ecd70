import type { Translation } from '../../define';
import type { en } from '../en/timer';

export const fr: Translation<typeof en> = {
  'timer.start': 'Démarrer un appel',
  'timer.startHint': 'Chronomètre l’appel et le temps d’attente, même si vous changez d’application.',
  'timer.alreadyRunning': 'Un appel est en cours',
  'timer.bar': 'Appel en cours',
  'timer.callWith': 'Appel : {company}',
  'timer.callNoCase': 'Appel (pas encore de dossier)',
  'timer.state': 'État de l’appel',
  'timer.talking': 'En conversation',
  'timer.onHold': 'En attente',
  'timer.talkTime': 'Conversation {time}',
  'timer.holdTime': 'Attente {time}',
  'timer.end': 'Terminer l’appel',
  'timer.discard': 'Abandonner',
  'timer.discardLabel': 'Abandonner ce chronomètre sans noter l’appel',
  'timer.discarded': 'Chronomètre abandonné.',
  'timer.endedBar': 'Appel terminé',
  'timer.logEnded': 'Appel terminé : le noter',
  'timer.endedWaiting': 'Notez ou abandonnez d’abord l’appel terminé',
};
