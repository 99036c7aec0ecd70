import type { InteractionFormValues } from '../../domain/interaction-form';

/** The case select's value for "start a new case from this form". */
export const NEW_CASE = '__new__';

export interface LogFormValues extends InteractionFormValues {
  newCompany: string;
  newReason: string;
}
