/**
 * What a form action returns to its form: an already translated message from the catalogue (never
 * raw upstream text) and the non-secret values to put back so nothing the user typed is lost.
 */
export type FormState = {
  error?: string;
  values?: Record<string, string>;
};

export const initialFormState: FormState = {};
