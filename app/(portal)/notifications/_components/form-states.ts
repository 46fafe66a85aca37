/** What the notification actions hand back: translated text only. */
export type MarkReadState = { status: "idle" | "success" | "error"; message?: string };

export const initialMarkReadState: MarkReadState = { status: "idle" };
