import { defineMessages } from '../define';

export const settings = defineMessages(
  {
    'settings.general': 'General',
    'settings.language': 'Language',
    'settings.languageBrowser': 'Same as this device ({lang})',
    'settings.currency': 'Usual currency for new charges',
    'settings.currencySaved': 'Currency saved',
  },
  {
    'settings.general': 'Général',
    'settings.language': 'Langue',
    'settings.languageBrowser': 'Comme cet appareil ({lang})',
    'settings.currency': 'Devise habituelle des nouveaux prélèvements',
    'settings.currencySaved': 'Devise enregistrée',
  },
);
