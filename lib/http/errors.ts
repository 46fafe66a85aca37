/**
 * - timeout: no answer within the per-request time limit.
 * - unavailable: connection failed or the upstream answered 5xx; worth retrying a read.
 * - http: any other non-2xx status without a usable vendor error body.
 * - bad_response: 2xx, but the body is not the JSON shape we expect (HTML error page, garbage).
 * - business: the vendor understood the call and refused it in its own envelope.
 */
export type UpstreamErrorKind = "timeout" | "unavailable" | "http" | "bad_response" | "business";

export type UpstreamErrorInit = {
  service: string;
  action: string;
  kind: UpstreamErrorKind;
  message: string;
  status?: number;
  code?: number | string;
  cause?: unknown;
};

/**
 * Every failure of an upstream call. Messages are already redacted and may be logged, but they are
 * vendor text: map `kind`/subclass to user-facing wording instead of showing `message` in the UI.
 */
export class UpstreamError extends Error {
  readonly service: string;
  readonly action: string;
  readonly kind: UpstreamErrorKind;
  readonly status: number | undefined;
  readonly code: number | string | undefined;

  constructor(init: UpstreamErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.service = init.service;
    this.action = init.action;
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
  }

  /** Only transport-level trouble may go away on a second attempt; a business "no" will not. */
  get retryable(): boolean {
    return this.kind === "timeout" || this.kind === "unavailable";
  }
}

export class UpstreamTimeoutError extends UpstreamError {
  constructor(init: Omit<UpstreamErrorInit, "kind">) {
    super({ ...init, kind: "timeout" });
  }
}

export class UpstreamUnavailableError extends UpstreamError {
  constructor(init: Omit<UpstreamErrorInit, "kind">) {
    super({ ...init, kind: "unavailable" });
  }
}

export class UpstreamBadResponseError extends UpstreamError {
  constructor(init: Omit<UpstreamErrorInit, "kind">) {
    super({ ...init, kind: "bad_response" });
  }
}
