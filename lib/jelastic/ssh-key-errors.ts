import { JelasticApiError } from "./errors";
import type { SshKeyErrorReason } from "./types-ssh-keys";

/** 6000 invalid key / 6001 the same key exists / 6002 a key with this title exists (reference §1.6). */
export class JelasticSshKeyError extends JelasticApiError {
  readonly reason: SshKeyErrorReason;
  constructor(init: { action: string; code: number; message: string; status?: number }) {
    super(init);
    this.reason = SSH_KEY_REASONS.get(init.code) ?? "invalid";
  }
}

const SSH_KEY_REASONS = new Map<number, SshKeyErrorReason>([
  [6000, "invalid"],
  [6001, "duplicate_key"],
  [6002, "duplicate_title"],
]);

/** The generic mapper knows nothing of 6000–6002; SSH key calls narrow them here. */
export function asSshKeyError(error: unknown): unknown {
  if (!(error instanceof JelasticApiError) || !SSH_KEY_REASONS.has(error.code)) return error;
  return new JelasticSshKeyError({
    action: error.action,
    code: error.code,
    message: error.message,
    status: error.status,
  });
}
