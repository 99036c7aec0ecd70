/** The backup nudge and the full-backup button, both on Home. */
export const en = {
  'backup.exportAll': 'Download a full backup',
  'backup.exporting': 'Preparing the file…',
  'backup.exportingFiles': 'Preparing the file… {done} of {total} attachments',
  'backup.exported': 'Backup ready: {name}. Keep it somewhere safe.',
  'backup.exportFailed': 'The file could not be made. Try again; if it keeps failing, free some storage space.',
  'backup.nudge.title': 'Back up your cases',
  'backup.nudge.never': 'You have not made a backup yet. If this device is lost or reset, your cases go with it.',
  'backup.nudge.old': 'Your last backup is {days} days old.',
  'backup.nudge.notPersistent': 'Your browser has not promised to keep this app’s data and may clear it when space runs low.',
  'backup.nudge.safari': 'Safari may delete this app’s data after 7 days without a visit. Add Refund Tracker to your Home Screen (Share, then “Add to Home Screen”) and keep a backup.',
  'backup.nudge.action': 'Back up now',
  'backup.nudge.settings': 'Backup settings',
};
