import type { Translation } from '../../define';
import type { en } from '../en/playbook-steps';

export const fr: Translation<typeof en> = {
  'step.gather.body': 'L’e-mail ou le téléphone du compte, les dates et montants des prélèvements, et la raison du remboursement.',
  'step.contact.body': 'Le chat en direct est souvent le plus rapide ; l’attente au téléphone varie ; un e-mail ou un formulaire laisse une trace écrite. Notez le nom de l’agent et chaque numéro de référence.',
  'step.explain.body': 'Commencez par ce que vous voulez (« le remboursement du prélèvement fait après ma résiliation »), puis donnez dates et montants. Restez courtois et patient.',
  'step.evidence.body': 'Captures d’écran, confirmations, messages d’erreur, lignes de relevé. Gardez une copie de ce que vous envoyez.',
  'step.followUp.body': 'Pas de réponse après quelques jours ? Recontactez-les en citant les numéros de référence précédents.',
  'step.withdrawal.body': 'Si l’abonnement a commencé il y a moins de 14 jours, résiliez par écrit en indiquant que vous vous rétractez, et demandez un remboursement intégral.',
  'step.linkedinWithdrawal.body': 'LinkedIn cite cette exception : un consommateur de l’UE qui résilie un nouvel abonnement dans les 14 jours suivant son début est remboursé intégralement. Indiquez par écrit que vous vous rétractez.',
  'step.netflixContact.body': 'Passez par le centre d’aide de Netflix : le chat en direct est souvent le plus rapide, sinon demandez un appel. Gardez sous la main l’e-mail du compte et les dates des prélèvements.',
  'step.netflixSecure.body': 'Si quelqu’un d’autre a utilisé votre compte, changez votre mot de passe et gardez les e-mails de sécurité du compte : ils montrent que les prélèvements ne venaient pas de vous.',
  'step.netflixTroubleshoot.body': 'Faites des captures des messages d’erreur et notez les manipulations essayées ainsi que les jours où le service ne marchait pas.',
  'step.linkedinTicket.body': 'Utilisez le formulaire « obtenir de l’aide » du centre d’aide : choisissez le type de problème (publicité, formation, ou facturation et paiements), indiquez une adresse e-mail de secours, décrivez le problème en détail et joignez vos preuves. Un accusé de réception automatique suit ; la réponse prend plusieurs jours ouvrés.',
  'step.linkedinReview.body': 'Préférences et confidentialité, puis centre d’aide : cherchez « remboursement », ouvrez la politique de remboursement pour les particuliers, choisissez la demande d’examen du compte, confirmez et envoyez. LinkedIn examine votre historique de commandes et répond par e-mail. Sans achat Premium, la demande est refusée.',
  'step.supervisor.body': 'Si l’agent ne peut pas vous aider, demandez poliment un responsable ou un examen par une équipe de niveau supérieur. Notez à qui vous avez parlé.',
  'step.formalReview.body': 'Utilisez la voie de réclamation ou de recours de l’entreprise, par écrit, avec dates, montants, références et preuves. Gardez l’accusé de réception.',
  'step.cardDispute.body': 'Si vous avez payé par carte, demandez à votre banque de contester le prélèvement (rétrofacturation). Expliquez la résiliation ou le refus et joignez vos preuves. Cochez cette étape le jour de votre demande.',
  'step.eccNet.body': 'Si l’entreprise est dans un autre pays de l’UE ou de l’EEE, le réseau des Centres européens des consommateurs aide gratuitement une fois votre réclamation écrite envoyée à l’entreprise. Sinon, l’organisme de consommateurs de votre pays peut vous conseiller.',
  'step.fos.body': 'Si votre banque a refusé la contestation, ou sans réponse définitive dans le délai (15 jours ouvrés pour une contestation de carte, 8 semaines pour les autres réclamations), le Financial Ombudsman Service peut examiner le litige gratuitement. Vous avez 6 mois à partir de la réponse définitive de la banque.',
  'step.cfpb.body': 'Pour un litige de carte ou de banque, déposez une plainte auprès du Consumer Financial Protection Bureau (consumerfinance.gov). L’entreprise répond en général sous 15 jours, 60 au plus.',
  'step.consumerBody.body': 'Une autorité ou un médiateur de la consommation de votre région peut conseiller ou intervenir. Apportez votre journal et vos preuves.',
  'step.smallClaims.body': 'En dernier recours, un tribunal des petits litiges peut ordonner le remboursement. Votre journal, vos références et vos preuves forment le dossier.',
};
