/**
 * What the payment-method actions hand back: translated text only, never provider text. `at`
 * orders the outcomes of the two actions, so the page shows the latest one.
 */
export type MethodActionState = {
  status: "idle" | "success" | "error";
  message?: string;
  at?: number;
};

export const initialMethodState: MethodActionState = { status: "idle" };
