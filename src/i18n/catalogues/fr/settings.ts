import type { Translation } from '../../define';
import type { en } from '../en/settings';

export const fr: Translation<typeof en> = {
  'settings.general': 'Général',
  'settings.language': 'Langue',
  'settings.languageBrowser': 'Comme cet appareil ({lang})',
  'settings.currency': 'Devise habituelle des nouveaux prélèvements',
  'settings.currencySaved': 'Devise enregistrée',
};
