/**
 * The one place that turns a failure into words. Each message says only what happened and what to do,
 * and depends on where the failure struck:
 * - 'save': a form's save; what was typed is still on screen (the form keeps it);
 * - 'draft': keeping a form's input as a draft; the input is on screen and in memory, no more;
 * - 'action': a button that writes (snooze, delete, a setting); nothing was typed.
 */
import { useCallback } from 'react';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { classifyWriteError } from '../lib/write-error';
import { useUiStore } from '../stores/ui-store';

export type FailureContext = 'save' | 'draft' | 'action';

/** Thrown by a form's save while a field changed on both sides still waits for the person's choice. */
export class UndecidedMerge extends Error {
  override name = 'UndecidedMerge';
  constructor() {
    super('A field changed on both sides waits for a choice.');
  }
}

export function failureKey(error: unknown, context: FailureContext): MessageKey {
  if (error instanceof UndecidedMerge) return 'merge.choose';
  const kind = classifyWriteError(error);
  if (kind === 'stale') return context === 'action' ? 'failure.action.stale' : 'failure.save.stale';
  if (kind === 'outdated') return 'failure.outdated';
  if (kind === 'invalid') return 'failure.invalid';
  return `failure.${context}.${kind}`;
}

/**
 * `describe(error, context)` gives the message for a failure, in the language in use. A part of the app
 * that could not load because a newer version replaced it also raises the update prompt.
 */
export function useFailureText(): (error: unknown, context?: FailureContext) => string {
  const t = useT();
  return useCallback(
    (error: unknown, context: FailureContext = 'action') => {
      const key = failureKey(error, context);
      if (key === 'failure.outdated') useUiStore.getState().setOutdated();
      return t(key);
    },
    [t],
  );
}
