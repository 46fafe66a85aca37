import type { JelasticTransport } from "./client";
import {
  adminSessionSchema,
  authLinkSchema,
  emptySchema,
  signInSchema,
  userInfoSchema,
} from "./schemas";
import {
  toAdminSessionParams,
  toLoginLinkParams,
  toSignIn,
  toSignInParams,
  toUser,
} from "./transform";
import type { PlatformSignIn, PlatformUser } from "./types";

/**
 * Signs a platform user in. Not retried: a second attempt could count as another failed login.
 * Wrong credentials raise JelasticInvalidCredentialsError.
 */
export function signIn(
  transport: JelasticTransport,
  login: string,
  password: string,
): Promise<PlatformSignIn> {
  return transport.call(
    "users/authentication/Signin",
    toSignInParams(login, password),
    signInSchema,
    (raw) => toSignIn(raw, login),
    { idempotent: false, secrets: [password] },
  );
}

export async function signOut(transport: JelasticTransport, session: string): Promise<void> {
  await transport.call("users/authentication/Signout", {}, emptySchema, () => undefined, {
    session,
    idempotent: false,
  });
}

export function getUserInfo(transport: JelasticTransport, session: string): Promise<PlatformUser> {
  return transport.call("users/account/GetUserInfo", {}, userInfoSchema, toUser, {
    session,
    idempotent: true,
  });
}

/**
 * A session of the user with this email, obtained with the admin token (no user password). It is
 * as powerful as the user's own sign-in: only request it for the portal user's own email.
 */
export function adminSessionFor(transport: JelasticTransport, email: string): Promise<string> {
  return transport.call(
    "system/admin/SigninAsClient",
    toAdminSessionParams(email),
    adminSessionSchema,
    (raw) => raw.session,
    { session: transport.adminToken, idempotent: false },
  );
}

/** A one-time dashboard sign-in URL from the registration host. It is a credential: never log it. */
export function createLoginLink(
  transport: JelasticTransport,
  email: string,
  envName?: string,
): Promise<string> {
  return transport.callReg(
    "GenerateAuthLink",
    toLoginLinkParams(email, envName),
    authLinkSchema,
    (raw) => raw.link,
    { session: transport.adminToken, idempotent: false },
  );
}
