import type { Translation } from '../../define';
import type { en } from '../en/cases';

export const fr: Translation<typeof en> = {
  'home.title': 'Vos demandes de remboursement',
  'home.logInteraction': 'Noter un chat ou un appel',
  'home.recent': 'Dossiers récents',
  'home.totals': 'Tous dossiers confondus',
  'home.empty': 'Aucun dossier pour l’instant. Ouvrez-en un quand une entreprise vous prélève à tort : chaque chat, appel et numéro de référence y sera noté.',
  'home.startCase': 'Ouvrir un dossier',
  'cases.title': 'Dossiers',
  'cases.empty': 'Aucun dossier ne correspond.',
  'case.notFound': 'Ce dossier n’existe pas ou a été supprimé.',
  'totals.disputed': 'Contesté',
  'totals.refunded': 'Remboursé',
  'totals.outstanding': 'Restant dû',
  'status.new': 'Nouveau',
  'status.in-progress': 'En cours',
  'status.waiting': 'En attente de l’entreprise',
  'status.escalated': 'Escaladé',
  'status.resolved': 'Résolu',
  'status.closed': 'Clos',
};
