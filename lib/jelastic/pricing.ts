import { parsePricingModel, type PricingModel } from "@/lib/billing/estimate";
import {
  UpstreamBadResponseError,
  UpstreamError,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
} from "@/lib/http";
import type { JelasticConfig } from "./client";

const ACTION = "auth/getdefaultpricingmodels";

/**
 * The hoster's default pricing model: an unauthenticated GET on the dashboard host, outside
 * `/1.0/` (reference §2.6), which is why it does not go through the form-POST transport. It is
 * public catalogue data, so one retry on a transport failure is harmless.
 */
export async function getPricingModel(config: JelasticConfig): Promise<PricingModel> {
  const url = `${config.baseUrl.replace(/\/+$/, "")}/auth/GetDefaultPricingModels`;
  let lastError: UpstreamError | undefined;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return await fetchOnce(config, url);
    } catch (error) {
      if (!(error instanceof UpstreamError) || !error.retryable) throw error;
      lastError = error;
    }
  }
  throw lastError;
}

async function fetchOnce(config: JelasticConfig, url: string): Promise<PricingModel> {
  const base = { service: "jelastic", action: ACTION };
  const timeoutMs = config.timeoutMs ?? 10_000;
  let response: Response;
  try {
    response = await (config.fetch ?? globalThis.fetch)(url, {
      method: "GET",
      headers: { accept: "application/json" },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    const init = {
      ...base,
      cause: error,
      message: `jelastic ${ACTION} ${timedOut ? "timed out" : "unreachable"}`,
    };
    throw timedOut ? new UpstreamTimeoutError(init) : new UpstreamUnavailableError(init);
  }
  const status = response.status;
  if (status >= 500) {
    throw new UpstreamUnavailableError({
      ...base,
      status,
      message: `jelastic ${ACTION} HTTP ${status}`,
    });
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    throw new UpstreamBadResponseError({
      ...base,
      status,
      cause: error,
      message: `jelastic ${ACTION} non-JSON`,
    });
  }
  if (status < 200 || status > 299) {
    throw new UpstreamError({
      ...base,
      status,
      kind: "http",
      message: `jelastic ${ACTION} HTTP ${status}`,
    });
  }
  const parsed = parsePricingModel(body);
  if (!parsed.ok) {
    throw new UpstreamBadResponseError({
      ...base,
      status,
      message: `jelastic ${ACTION}: ${parsed.message}`,
    });
  }
  return parsed.model;
}
