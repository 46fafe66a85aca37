import { JelasticApiError } from "./errors";

/**
 * 2207/2223: the external billing system (WHMCS via the hoster's integration) refused the charge,
 * in practice "not enough balance". Kept apart from quota errors: the fix is a refill, not a
 * smaller topology.
 */
export class JelasticBalanceError extends JelasticApiError {}

const BALANCE_CODES = new Set([2207, 2223]);

/** Re-types billing refusals; everything else passes through unchanged. */
export function asBalanceError(error: unknown): unknown {
  if (error instanceof JelasticApiError && BALANCE_CODES.has(Number(error.code))) {
    return new JelasticBalanceError({
      action: error.action,
      code: Number(error.code),
      message: error.message,
      status: error.status,
    });
  }
  return error;
}
