/** Drafts left by other windows, and the side-by-side view of a record changed elsewhere. */
export const en = {
  'merge.title': 'Changed elsewhere',
  'merge.intro': 'This was saved in another tab or window after you opened it. Fields changed on one side only are combined already; for each field below, choose the version to keep.',
  'merge.fromTheirs': 'Taken from the other version, as you had not changed them: {fields}.',
  'merge.mine': 'Yours: {value}',
  'merge.theirs': 'Other version: {value}',
  'merge.empty': '(empty)',
  'merge.choose': 'Choose a version for each field under “Changed elsewhere”, then save.',
  'merge.ready': 'Every field is decided. Save to keep this version.',
  'drafts.othersTitle': 'Unsaved input from a window that was closed',
  'drafts.othersMaybeLive': 'Unsaved input from another window (it may still be open: restoring copies it)',
  'drafts.otherWhen': 'Typed until {time}',
  'drafts.restore': 'Restore',
  'drafts.discardOther': 'Discard',
};
