/**
 * Errors the repositories throw on purpose. lib/write-error.ts tells every kind of write failure
 * apart by name, for the UI to name it in the person's language.
 */

/** Thrown by repositories when a record would break an invariant the forms should have caught. */
export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Thrown when a save started from an older revision than the one stored: another tab (or, later,
 * another device) changed the record meanwhile. Nothing was written; `current` is what is stored now,
 * for the form to show both versions side by side.
 */
export class StaleWriteError<T = unknown> extends Error {
  override name = 'StaleWriteError';
  constructor(readonly current: T) {
    super('The record was changed elsewhere since this edit started; nothing was written.');
  }
}
