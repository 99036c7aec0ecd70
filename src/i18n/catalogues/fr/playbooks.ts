import type { Translation } from '../../define';
import type { en } from '../en/playbooks';

export const fr: Translation<typeof en> = {
  'playbook.generic': 'Toute entreprise',
  'playbook.netflix': 'Netflix',
  'playbook.linkedin': 'LinkedIn',
  'step.gather.title': 'Rassembler les faits',
  'step.contact.title': 'Contacter le service client',
  'step.explain.title': 'Demander clairement, la demande d’abord',
  'step.evidence.title': 'Envoyer vos preuves',
  'step.followUp.title': 'Relancer',
  'step.withdrawal.title': 'Exercer le droit de rétractation de 14 jours',
  'step.netflixContact.title': 'Contacter le service client de Netflix',
  'step.netflixSecure.title': 'Sécuriser d’abord votre compte',
  'step.netflixTroubleshoot.title': 'Noter ce qui n’a pas fonctionné',
  'step.linkedinTicket.title': 'Ouvrir un ticket (publicité, Learning et autres produits)',
  'step.linkedinReview.title': 'Demander un examen du compte (Premium)',
  'step.supervisor.title': 'Demander un responsable',
  'step.formalReview.title': 'Déposer une réclamation écrite',
  'step.cardDispute.title': 'Contester le prélèvement auprès de votre banque',
  'step.eccNet.title': 'Demander l’aide gratuite d’ECC-Net',
  'step.fos.title': 'Saisir le Financial Ombudsman',
  'step.cfpb.title': 'Porter plainte auprès du CFPB',
  'step.consumerBody.title': 'S’adresser à un organisme de protection des consommateurs',
  'step.smallClaims.title': 'Envisager une procédure pour petits litiges',
};
