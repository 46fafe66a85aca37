/**
 * What the auto-refill actions hand back: translated text only, the field each error belongs to
 * (for aria-describedby) and the typed values to put back.
 */
export type AutoRefillFormValues = { enabled: boolean; threshold: string; amount: string };

export type AutoRefillFormState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: { threshold?: string; amount?: string };
  values?: AutoRefillFormValues;
};

export const initialAutoRefillState: AutoRefillFormState = { status: "idle" };

export type SwitchOffState = { status: "idle" | "success"; message?: string };

export const initialSwitchOffState: SwitchOffState = { status: "idle" };
