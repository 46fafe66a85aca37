import type { ServerResponse } from "node:http";
import { sendHtml, sendJson, sendPhpJson, sendText } from "../http/respond";
import type { Fault, Service } from "./faults";

/** How long a `timeout` fault hangs when the client never gives up. */
const HANG_LIMIT_MS = 60_000;

/**
 * Plays a fault before the normal handler runs. Returns true when the fault answered (or the client
 * left), false when normal handling should continue (pure latency).
 */
export async function applyFault(
  res: ServerResponse,
  fault: Fault,
  service: Service,
  signal: AbortSignal,
): Promise<boolean> {
  if (fault.latencyMs) {
    await pause(fault.latencyMs, signal);
    if (signal.aborted) return true;
  }
  if (fault.timeout) {
    await pause(HANG_LIMIT_MS, signal);
    sendHtml(res, 504, errorPage(504, "Gateway Timeout"));
    return true;
  }
  if (fault.body !== undefined) {
    const type = fault.body.trimStart().startsWith("<") ? "text/html" : "text/plain";
    sendText(res, fault.status ?? 200, fault.body, type);
    return true;
  }
  if (fault.error) {
    sendVendorError(res, service, fault.status ?? 200, fault.error);
    return true;
  }
  if (fault.status !== undefined) {
    // A bare status looks like what a proxy or a crashed PHP/Java process returns: an HTML page.
    sendHtml(
      res,
      fault.status,
      errorPage(fault.status, fault.status >= 500 ? "Internal Server Error" : "Error"),
    );
    return true;
  }
  return false;
}

function sendVendorError(
  res: ServerResponse,
  service: Service,
  status: number,
  error: NonNullable<Fault["error"]>,
): void {
  if (service === "stripe") {
    sendJson(res, status === 200 ? 500 : status, {
      error: { type: "api_error", message: error.message ?? "An unknown error occurred" },
    });
  } else if (service === "whmcs") {
    sendPhpJson(res, status, {
      result: "error",
      message: error.message ?? "An unexpected error occurred",
    });
  } else {
    const code = error.code ?? 99;
    sendJson(res, status, {
      result: code,
      error: error.message ?? "unknown error",
      reason: code,
      source: "JEL",
    });
  }
}

function errorPage(status: number, title: string): string {
  return `<!DOCTYPE html><html><head><title>${status} ${title}</title></head><body><h1>${title}</h1><hr><address>sandbox</address></body></html>`;
}

/** Waits `ms`, ending early when the signal aborts (client gone or sandbox closing). */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
