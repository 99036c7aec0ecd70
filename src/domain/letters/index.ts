/** Letters built from a case: which are offered, their filled text, and what sending one records. */
export { buildLetter, letterRules, type BuildOptions } from './build';
export { lettersFor } from './offers';
export { replyTimerAfterSending, replyPeriod, type ReplyTimer, type ReplyPeriod } from './reply-timer';
export { sentLetterInteraction, SEND_CHANNELS, type SendChannel, type SentLetter } from './sent';
export { LETTER_RULES, LETTER_RULES_CHECKED, letterRule, type LetterRule, type LetterRuleId } from './sources';
export { blankMarker, hasBlankMarker } from './fill';
export { regionOf } from './facts';
export { MODEL_FORMS } from './model-forms';
export * from './types';
