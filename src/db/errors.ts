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
