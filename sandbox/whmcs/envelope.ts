import type { JsonObject } from "../http/respond";

/** One WHMCS answer: HTTP status plus the `{result, ...}` JSON body. */
export interface WhmcsReply {
  status: number;
  body: JsonObject;
}

export function success(fields: JsonObject = {}): WhmcsReply {
  return { status: 200, body: { result: "success", ...fields } };
}

/** Business errors are HTTP 200 in WHMCS (reference §1.6); only transport-level ones differ. */
export function failure(message: string, status = 200): WhmcsReply {
  return { status, body: { result: "error", message } };
}
