import { getAccount } from "./account";
import { billingHistoryMethods, type BillingHistoryClient } from "./billing-history";
import { billingAdminMethods, type JelasticBillingAdmin } from "./billing-admin";
import { adminSessionFor, createLoginLink, getUserInfo, signIn, signOut } from "./auth";
import { createJelasticTransport, type JelasticConfig } from "./client";
import { domainsMethods, type DomainsClient } from "./domains-client";
import { deleteEnv, getEnvInfo, setEnvRunning } from "./env-info";
import { getEnvs } from "./environments";
import { newEnvironmentMethods, type NewEnvironmentClient } from "./new-environment-client";
import { resourcesMethods, type ResourcesClient } from "./resources";
import { addSshKey, deleteSshKey, getSshKeys } from "./ssh-keys";
import type { NewSshKey, SshKey } from "./types-ssh-keys";
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
  createLoginLink(email: string, envName?: string): Promise<string>;
  getSshKeys(session: string): Promise<SshKey[]>;
  addSshKey(session: string, key: NewSshKey): Promise<void>;
  deleteSshKey(session: string, id: number): Promise<void>;
  getEnvInfo(session: string, envName: string): Promise<Environment>;
  setEnvRunning(session: string, envName: string, running: boolean): Promise<void>;
  deleteEnv(session: string, envName: string, password: string): Promise<void>;
} & DomainsClient &
  BillingHistoryClient &
  NewEnvironmentClient &
  ResourcesClient &
  JelasticBillingAdmin;

export function createJelasticClient(config: JelasticConfig): JelasticClient {
  const transport = createJelasticTransport(config);
  return {
    signIn: (login, password) => signIn(transport, login, password),
    signOut: (session) => signOut(transport, session),
    getUserInfo: (session) => getUserInfo(transport, session),
    adminSessionFor: (email) => adminSessionFor(transport, email),
    getAccount: (session) => getAccount(transport, session),
    getEnvs: (session) => getEnvs(transport, session),
    createLoginLink: (email, envName) => createLoginLink(transport, email, envName),
    getSshKeys: (session) => getSshKeys(transport, session),
    addSshKey: (session, key) => addSshKey(transport, session, key),
    deleteSshKey: (session, id) => deleteSshKey(transport, session, id),
    getEnvInfo: (session, envName) => getEnvInfo(transport, session, envName),
    setEnvRunning: (session, envName, running) =>
      setEnvRunning(transport, session, envName, running),
    deleteEnv: (session, envName, password) => deleteEnv(transport, session, envName, password),
    ...domainsMethods(transport),
    ...newEnvironmentMethods(transport, config),
    ...resourcesMethods(transport),
    ...billingHistoryMethods(transport),
    ...billingAdminMethods(transport),
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
  JelasticWrongPasswordError,
} from "./errors";
export * from "./types";
export type { FundingRecord, JelasticBillingAdmin } from "./billing-admin";
export * from "./types-ssh-keys";
export * from "./types-domains";
export * from "./types-resources";
export * from "./types-billing-history";
export * from "./new-environment-client";
export { JelasticSshKeyError } from "./ssh-key-errors";
