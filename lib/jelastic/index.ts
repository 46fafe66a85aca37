import { getAccount } from "./account";
import { adminSessionFor, createLoginLink, getUserInfo, signIn, signOut } from "./auth";
import { createJelasticTransport, type JelasticConfig } from "./client";
import { getEnvs } from "./environments";
import type { Environment, PlatformAccount, PlatformSignIn, PlatformUser } from "./types";

/**
 * Typed platform API client. Reads (`getUserInfo`, `getAccount`, `getEnvs`) are retried on timeouts,
 * network errors and 5xx; sign-ins, sign-outs, admin sessions and login links are sent once.
 */
export type JelasticClient = {
  signIn(login: string, password: string): Promise<PlatformSignIn>;
  signOut(session: string): Promise<void>;
  getUserInfo(session: string): Promise<PlatformUser>;
  adminSessionFor(email: string): Promise<string>;
  getAccount(session: string): Promise<PlatformAccount>;
  getEnvs(session: string): Promise<Environment[]>;
  createLoginLink(email: string): Promise<string>;
};

export function createJelasticClient(config: JelasticConfig): JelasticClient {
  const transport = createJelasticTransport(config);
  return {
    signIn: (login, password) => signIn(transport, login, password),
    signOut: (session) => signOut(transport, session),
    getUserInfo: (session) => getUserInfo(transport, session),
    adminSessionFor: (email) => adminSessionFor(transport, email),
    getAccount: (session) => getAccount(transport, session),
    getEnvs: (session) => getEnvs(transport, session),
    createLoginLink: (email) => createLoginLink(transport, email),
  };
}

export { DEFAULT_APP_ID, type JelasticConfig } from "./client";
export { toJelasticForm, type JelasticParams, type JelasticValue } from "./encode";
export {
  JelasticApiError,
  JelasticInvalidCredentialsError,
  JelasticNotFoundError,
  JelasticPermissionError,
  JelasticQuotaError,
  JelasticSessionExpiredError,
} from "./errors";
export * from "./types";
