import { redactText, redactValue } from "./redact";

export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

/** The only logging surface the vendor clients use; any object with these four methods fits. */
export type Logger = Record<LogLevel, (message: string, fields?: LogFields) => void>;

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LoggerOptions = {
  level?: LogLevel;
  /** Where finished JSON lines go; stderr by default so stdout stays free for program output. */
  write?: (line: string) => void;
  /** Literal secret values to scrub wherever they appear, on top of the name-based rules. */
  secrets?: readonly string[];
  /** Fields added to every line, e.g. `{ component: "whmcs" }`. */
  base?: LogFields;
  now?: () => Date;
};

/**
 * JSON-lines logger. Redaction happens here as a last line of defence even though the clients only
 * hand it pre-redacted summaries: a caller may log an error whose message quotes a session.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = ORDER[options.level ?? "info"];
  const write = options.write ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const secrets = options.secrets ?? [];
  const now = options.now ?? (() => new Date());

  const emit = (level: LogLevel) => (message: string, fields?: LogFields) => {
    if (ORDER[level] < threshold) return;
    const line = {
      time: now().toISOString(),
      level,
      msg: redactText(message, secrets),
      ...(redactValue({ ...options.base, ...fields }, secrets) as LogFields),
    };
    write(safeStringify(line));
  };
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error") };
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, item: unknown) =>
      typeof item === "bigint" ? item.toString() : item,
    );
  } catch {
    return JSON.stringify({ level: "error", msg: "log line could not be serialised" });
  }
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
