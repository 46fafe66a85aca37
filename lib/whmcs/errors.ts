import { UpstreamError } from "@/lib/http";

/**
 * WHMCS has no error codes, only `message` text (reference §1.5). The text is classified once here
 * into `code`, so callers branch on a class or code instead of matching vendor wording.
 */
export type WhmcsErrorCode = "auth" | "not_found" | "invalid_login" | "rejected";

type WhmcsErrorInit = { action: string; message: string; status?: number; cause?: unknown };

export class WhmcsError extends UpstreamError {
  declare readonly code: WhmcsErrorCode;
  constructor(init: WhmcsErrorInit, code: WhmcsErrorCode = "rejected") {
    super({ ...init, service: "whmcs", kind: "business", code });
  }
}

/**
 * The portal's API credential was refused (bad identifier/secret, IP not allow-listed, action not in
 * the API role). An operator problem: retrying or re-asking the user will not help.
 */
export class WhmcsAuthError extends WhmcsError {
  constructor(init: WhmcsErrorInit) {
    super(init, "auth");
  }
}

/** "Client Not Found", "Invoice ID Not Found", "User Not Found", … */
export class WhmcsNotFoundError extends WhmcsError {
  constructor(init: WhmcsErrorInit) {
    super(init, "not_found");
  }
}

/** ValidateLogin's "Email or Password Invalid"; the client turns it into `null`. */
export class WhmcsInvalidLoginError extends WhmcsError {
  constructor(init: WhmcsErrorInit) {
    super(init, "invalid_login");
  }
}

const AUTH =
  /^(Authentication Failed|Invalid or missing credentials|Invalid IP|Forbidden IP|Invalid Permissions|Administrator Account Disabled|Access Denied)/i;
const NOT_FOUND = /\bnot found\b/i;
const INVALID_LOGIN = /^Email or Password Invalid/i;

export function whmcsErrorFor(init: WhmcsErrorInit): WhmcsError {
  if (AUTH.test(init.message)) return new WhmcsAuthError(init);
  if (INVALID_LOGIN.test(init.message)) return new WhmcsInvalidLoginError(init);
  if (NOT_FOUND.test(init.message)) return new WhmcsNotFoundError(init);
  return new WhmcsError(init);
}
