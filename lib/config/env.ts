import { parseEnv } from "./parse";
import type { Env } from "./schema";

let cached: Env | undefined;

/** The validated configuration; the only place in the app that reads `process.env`. */
export function getEnv(): Env {
  if (cached) return cached;
  const result = parseEnv(process.env);
  if (!result.ok) throw new Error(`Configuration error: ${result.message}`);
  cached = result.env;
  return cached;
}

export type { Env };
