import "server-only";
import { UpstreamError } from "@/lib/http";
import { createLogger } from "@/lib/http";
import { NoPlatformAccountError } from "./platform-session";

export type Widget<T> =
  { ok: true; data: T } | { ok: false; reason: "unavailable" | "no_platform" | "no_billing" };

const logger = createLogger({ level: "info" });

/**
 * Loads one dashboard widget. An upstream failure becomes a friendly "not available" state for that
 * widget only (and a redacted log line), so one slow or broken service never blanks the page.
 */
export async function loadWidget<T>(name: string, load: () => Promise<T>): Promise<Widget<T>> {
  try {
    return { ok: true, data: await load() };
  } catch (error) {
    if (error instanceof NoPlatformAccountError) return { ok: false, reason: "no_platform" };
    if (error instanceof UpstreamError) {
      logger.warn("widget.unavailable", { widget: name, error: error.message, kind: error.kind });
      return { ok: false, reason: "unavailable" };
    }
    throw error;
  }
}
