export {
  createHttpClient,
  DEFAULT_RETRIES,
  DEFAULT_TIMEOUT_MS,
  type FormRequest,
  type HttpClient,
  type HttpClientConfig,
  type HttpRequest,
  type HttpResult,
} from "./base-client";
export {
  UpstreamBadResponseError,
  UpstreamError,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
  type UpstreamErrorInit,
  type UpstreamErrorKind,
} from "./errors";
export {
  createLogger,
  silentLogger,
  type LogFields,
  type Logger,
  type LoggerOptions,
  type LogLevel,
} from "./logger";
export { isSecretName, REDACTED, redactParams, redactText, redactValue } from "./redact";
export { parseOrThrow } from "./parse";
export { intLike } from "./wire-schemas";
