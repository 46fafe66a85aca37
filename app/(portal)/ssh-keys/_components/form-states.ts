/**
 * What the SSH key actions hand back to their forms: translated text only (never upstream text),
 * the field an error belongs to (for aria-describedby), and the values to put back on error.
 */
export type AddSshKeyState = {
  status: "idle" | "success" | "error";
  message?: string;
  /** null: a form-level problem (platform down), shown as an alert above the fields. */
  field?: "title" | "publicKey" | null;
  values?: { title: string; publicKey: string };
};

export type DeleteSshKeyState = { status: "idle" | "success" | "error"; message?: string };

export const initialAddState: AddSshKeyState = { status: "idle" };
export const initialDeleteState: DeleteSshKeyState = { status: "idle" };
