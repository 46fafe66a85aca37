import "server-only";
import { UpstreamError } from "@/lib/http";
import { JelasticInvalidCredentialsError, JelasticNotFoundError } from "@/lib/jelastic";
import { linkAccount, savePlatformSession } from "./accounts";
import { upstreams } from "./upstreams";

export type SignInOutcome =
  | { kind: "ok"; accountId: string; email: string; name: string | null }
  | { kind: "invalid" }
  | { kind: "unavailable" };

/**
 * Checks email + password against the platform first, then against WHMCS, and links the other side
 * by email. Only "neither knows these credentials" is reported as invalid; if an upstream could not
 * answer, the user is told to retry instead of being told the password is wrong.
 */
export async function authenticate(rawEmail: string, password: string): Promise<SignInOutcome> {
  const email = rawEmail.trim().toLowerCase();
  let unavailable = false;

  try {
    return await signInWithPlatform(email, password);
  } catch (error) {
    if (error instanceof JelasticInvalidCredentialsError) {
      // fall through to WHMCS: the user may only have a billing account
    } else if (error instanceof UpstreamError) {
      unavailable = true;
    } else throw error;
  }

  try {
    const outcome = await signInWithWhmcs(email, password);
    if (outcome) return outcome;
  } catch (error) {
    if (error instanceof UpstreamError) unavailable = true;
    else throw error;
  }
  return unavailable ? { kind: "unavailable" } : { kind: "invalid" };
}

async function signInWithPlatform(email: string, password: string): Promise<SignInOutcome> {
  const { jelastic } = upstreams();
  const platform = await jelastic.signIn(email, password);
  const billing = await findBillingClient(email);
  const account = await linkAccount({
    email,
    displayName: platform.name || null,
    platformUid: platform.uid,
    ...billing,
  });
  await savePlatformSession(account.id, platform.session);
  return { kind: "ok", accountId: account.id, email, name: account.displayName };
}

async function signInWithWhmcs(email: string, password: string): Promise<SignInOutcome | null> {
  const { whmcs } = upstreams();
  const login = await whmcs.validateLogin(email, password);
  if (!login) return null;
  const users = await whmcs.getUsers({ search: email });
  const user = users.find((u) => u.id === login.userId);
  const client = user?.clients.find((c) => c.isOwner) ?? user?.clients[0];
  const platform = await findPlatformUser(email);
  const name = user ? `${user.firstName} ${user.lastName}`.trim() : null;
  const account = await linkAccount({
    email,
    displayName: name,
    whmcsUserId: login.userId,
    whmcsClientId: client?.id ?? null,
    ...(platform === "unknown" ? {} : { platformUid: platform?.uid ?? null }),
  });
  if (platform && platform !== "unknown") await savePlatformSession(account.id, platform.session);
  return { kind: "ok", accountId: account.id, email, name: account.displayName };
}

/** The WHMCS client with this email, `{}` when WHMCS could not be asked (keep the stored link). */
async function findBillingClient(email: string) {
  try {
    const client = await upstreams().whmcs.getClientsDetails({ email });
    if (!client) return { whmcsClientId: null, whmcsUserId: null };
    const users = await upstreams().whmcs.getUsers({ search: email });
    const user = users.find((u) => u.email.toLowerCase() === email);
    return { whmcsClientId: client.id, whmcsUserId: user?.id ?? null };
  } catch (error) {
    if (error instanceof UpstreamError) return {};
    throw error;
  }
}

/** The platform user with this email, acting as admin; "unknown" when the platform could not be asked. */
async function findPlatformUser(email: string) {
  const { jelastic } = upstreams();
  try {
    const session = await jelastic.adminSessionFor(email);
    const user = await jelastic.getUserInfo(session);
    return { uid: user.uid, session };
  } catch (error) {
    if (
      error instanceof JelasticNotFoundError ||
      error instanceof JelasticInvalidCredentialsError
    ) {
      return null;
    }
    if (error instanceof UpstreamError) return "unknown" as const;
    throw error;
  }
}
