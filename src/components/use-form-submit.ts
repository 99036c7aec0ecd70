/**
 * The submit cycle every form shares: validate, show each problem and focus the first, or write while
 * the button says "Saving…", and on a failed write show why and keep everything typed.
 */
import { useRef, useState, type FormEvent, type RefObject } from 'react';
import type { FormErrors } from '../domain/case-form';
import { useFocusFirstError } from './use-focus-first-error';

export interface FormSubmit {
  formRef: RefObject<HTMLFormElement | null>;
  errors: FormErrors;
  failure: string | undefined;
  saving: boolean;
  /** Form onSubmit: `check` returns the problems found (empty when none); `save` writes. */
  submit: (e: FormEvent, check: () => FormErrors, save: () => Promise<void>) => Promise<void>;
}

export function useFormSubmit(describeFailure: (error: unknown) => string): FormSubmit {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);
  const focusFirstError = useFocusFirstError(formRef);

  async function submit(e: FormEvent, check: () => FormErrors, save: () => Promise<void>) {
    e.preventDefault();
    if (saving) return;
    setFailure(undefined);
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstError();
      return;
    }
    setSaving(true);
    try {
      await save();
    } catch (error) {
      setFailure(describeFailure(error));
    } finally {
      setSaving(false);
    }
  }

  return { formRef, errors, failure, saving, submit };
}
