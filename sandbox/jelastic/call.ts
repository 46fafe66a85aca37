import type { SandboxDeps } from "../context";
import type { PlatformUser } from "../state/types";
import type { PlatformReply } from "./envelope";

/** One REST call: the merged GET/POST parameters (later wins) and the HTTP method used. */
export interface PlatformCall {
  params: Record<string, string>;
  httpMethod: string;
  deps: SandboxDeps;
}

export type PlatformMethod = (call: PlatformCall) => PlatformReply;

/** `login` is an email (case-insensitive) or, for admin calls, a numeric uid. */
export function findUser(deps: SandboxDeps, login: string | undefined): PlatformUser | undefined {
  const wanted = (login ?? "").trim().toLowerCase();
  if (!wanted) return undefined;
  return deps.store.state.platform.users.find(
    (u) => u.email.toLowerCase() === wanted || String(u.uid) === wanted,
  );
}
