import type { ActionResultState } from "@/components/ui/action-result";

/** What the notification actions hand back: translated text only. */
export type MarkReadState = ActionResultState;

export const initialMarkReadState: MarkReadState = { status: "idle" };
