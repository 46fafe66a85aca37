import type { JsonObject } from "../http/respond";

/** Result codes of the platform API (reference §1.6). */
export const Code = {
  OK: 0,
  ENV_DELETED: 11,
  UNKNOWN: 99,
  AUTH_ERROR: 701,
  NOT_AUTHENTICATED: 702,
  USER_NOT_EXIST: 703,
  USER_BLOCKED: 704,
  NO_SUCH_USER: 707,
  ENV_NOT_EXIST: 901,
  PERMISSION_DENIED: 8202,
} as const;

/** One platform answer. The API uses HTTP 200 even for errors; the code is in `result`. */
export interface PlatformReply {
  status: number;
  body: JsonObject;
}

export function ok(fields: JsonObject = {}): PlatformReply {
  return { status: 200, body: { result: Code.OK, ...fields } };
}

export function fail(code: number, error: string, status = 200): PlatformReply {
  return { status, body: { result: code, error, reason: code, source: "JEL" } };
}

export const notAuthenticated = () => fail(Code.NOT_AUTHENTICATED, "User is not authenticated");
export const permissionDenied = () => fail(Code.PERMISSION_DENIED, "Permission denied");
