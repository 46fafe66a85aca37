import type { WhmcsTransport } from "./client";
import { WhmcsInvalidLoginError } from "./errors";
import { ssoTokenSchema, validateLoginSchema } from "./schemas";
import { toSsoParams, toValidateLoginParams, type SsoInput } from "./transform";

/**
 * Checks a WHMCS user's email + password. `null` means "wrong credentials"; every other failure
 * (unreachable, API credential refused) throws so it is never mistaken for a bad password.
 * Not retried: each attempt counts as a login and updates WHMCS's last-login data.
 */
export async function validateLogin(
  transport: WhmcsTransport,
  email: string,
  password: string,
): Promise<{ userId: number } | null> {
  try {
    return await transport.call(
      "ValidateLogin",
      toValidateLoginParams(email, password),
      validateLoginSchema,
      (raw) => ({ userId: raw.userid }),
      { idempotent: false, secrets: [password] },
    );
  } catch (error) {
    if (error instanceof WhmcsInvalidLoginError) return null;
    throw error;
  }
}

/**
 * A one-time (≤ 60 s) URL that signs the client into the WHMCS client area. It grants full access,
 * so call it only for the signed-in portal user's own client, redirect at once, and never log it.
 */
export function createSsoToken(
  transport: WhmcsTransport,
  input: SsoInput,
): Promise<{ redirectUrl: string }> {
  return transport.call(
    "CreateSsoToken",
    toSsoParams(input),
    ssoTokenSchema,
    (raw) => ({ redirectUrl: raw.redirect_url }),
    { idempotent: false },
  );
}
