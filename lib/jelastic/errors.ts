import { UpstreamError } from "@/lib/http";

/**
 * The platform answers HTTP 200 with `result` ≠ 0 and text in `error` (reference §1.5–1.6).
 * Codes are mapped to classes once here, so callers never compare numbers.
 */
type JelasticErrorInit = { action: string; code: number; message: string; status?: number };

export class JelasticApiError extends UpstreamError {
  declare readonly code: number;
  constructor(init: JelasticErrorInit) {
    super({ ...init, service: "jelastic", kind: "business" });
  }
}

/** 702: the session or token is invalid or expired; get a new one (admin act-for-user) and retry once. */
export class JelasticSessionExpiredError extends JelasticApiError {}

/** 701/703/707: wrong login or password, or no such user. */
export class JelasticInvalidCredentialsError extends JelasticApiError {}

/** 5/11/901: the environment or resource does not exist (any more). */
export class JelasticNotFoundError extends JelasticApiError {}

/** 2338/2360/2361/2365/2366/2372: the account's quotas do not allow the request. */
export class JelasticQuotaError extends JelasticApiError {}

/** 801: a password confirmation (e.g. removing an environment) was wrong. */
export class JelasticWrongPasswordError extends JelasticApiError {}

/** 8202: the session or token may not call this method. */
export class JelasticPermissionError extends JelasticApiError {}

const BY_CODE = new Map<number, new (init: JelasticErrorInit) => JelasticApiError>([
  [702, JelasticSessionExpiredError],
  ...[701, 703, 707].map((c) => [c, JelasticInvalidCredentialsError] as const),
  ...[5, 11, 901].map((c) => [c, JelasticNotFoundError] as const),
  ...[2338, 2360, 2361, 2365, 2366, 2372].map((c) => [c, JelasticQuotaError] as const),
  [801, JelasticWrongPasswordError],
  [8202, JelasticPermissionError],
]);

export function jelasticErrorFor(init: JelasticErrorInit): JelasticApiError {
  const ErrorClass = BY_CODE.get(init.code) ?? JelasticApiError;
  return new ErrorClass(init);
}
