export const en = {
  'settings.general': 'General',
  'settings.language': 'Language',
  'settings.languageBrowser': 'Same as this device ({lang})',
  'settings.currency': 'Usual currency for new charges',
  'settings.currencySaved': 'Currency saved',
};
