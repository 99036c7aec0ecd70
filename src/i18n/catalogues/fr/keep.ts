import type { Translation } from '../../define';
import type { en } from '../en/keep';

export const fr: Translation<typeof en> = {
  'merge.title': 'Modifié ailleurs',
  'merge.intro': 'Ceci a été enregistré dans un autre onglet ou une autre fenêtre après son ouverture ici. Les champs modifiés d’un seul côté sont déjà combinés ; pour chaque champ ci-dessous, choisissez la version à garder.',
  'merge.fromTheirs': 'Repris de l’autre version, car vous ne les aviez pas modifiés : {fields}.',
  'merge.mine': 'La vôtre : {value}',
  'merge.theirs': 'L’autre version : {value}',
  'merge.empty': '(vide)',
  'merge.choose': 'Choisissez une version pour chaque champ sous « Modifié ailleurs », puis enregistrez.',
  'merge.ready': 'Tous les champs sont tranchés. Enregistrez pour garder cette version.',
  'drafts.othersTitle': 'Saisie non enregistrée d’une fenêtre fermée',
  'drafts.othersMaybeLive': 'Saisie non enregistrée d’une autre fenêtre (elle est peut-être encore ouverte : la restaurer en fait une copie)',
  'drafts.otherWhen': 'Saisie jusqu’à {time}',
  'drafts.restore': 'Restaurer',
  'drafts.discardOther': 'Supprimer',
};
