/** Settings' storage card: how much is stored and whether the browser may evict it. */
export const en = {
  'pwa.storage.title': 'Storage on this device',
  'pwa.storage.intro': 'Your cases and evidence are stored only in this browser, on this device.',
  'pwa.storage.persisted': 'Protected: the browser will not delete this data to free up space.',
  'pwa.storage.notPersisted': 'Not protected yet: when the device runs low on space, the browser may delete this data. Keep backups.',
  'pwa.storage.unsupported': 'This browser does not say whether it keeps this data. Keep backups.',
  'pwa.storage.usage': 'Using {used} of about {available} available.',
  'pwa.storage.usageUnknown': 'The browser does not say how much space is used.',
  'pwa.storage.protect': 'Protect my data',
  'pwa.storage.asking': 'Asking the browser…',
  'pwa.storage.denied': 'The browser did not allow it. Installing the app on your home screen (or bookmarking it) often helps; meanwhile, keep backups.',
  'pwa.storage.granted': 'Done: the browser will keep this data.',
  'pwa.storage.checking': 'Checking storage…',
};
