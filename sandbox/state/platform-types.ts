import type { SandboxSslCert } from "./platform-ssl-types";
/** Platform (Jelastic) records in the sandbox state. */
export type GroupType = "trial" | "billing" | "beta" | "post";

export interface PlatformUser {
  uid: number;
  email: string;
  /** Plain text on purpose: demo credentials that are printed on start anyway. */
  password: string;
  name: string;
  group: string;
  groupType: GroupType;
  /** Account status: 1 active, 2 deactivated (lack of funds), 3 suspended. */
  status: number;
  balanceCents: number;
  bonusCents: number;
  createdOn: string;
  language: string;
  hardNodeGroups: string[];
  defaultHardNodeGroup: string;
  /** Id of the account in the external billing system (WHMCS client id), when linked. */
  ebsUserId?: string;
  /** Public SSH keys for SSH access (users/account AddSSHKey); missing means none. */
  sshKeys?: SandboxSshKey[];
}

export interface SandboxSshKey {
  id: number;
  title: string;
  /** The OpenSSH line as it was added. */
  publicKey: string;
  addedOn: string;
}

export interface Region {
  uniqueName: string;
  displayName: string;
  domain: string;
}

export interface NodeGroup {
  name: string;
  displayName: string;
  scalingMode: "STATELESS" | "STATEFUL";
  templateType: "NATIVE" | "DOCKERIZED";
  vType: "CT" | "VM";
  isSLBAccessEnabled: boolean;
  features: string[];
}

export interface PlatformNode {
  id: number;
  nodeGroup: string;
  nodeType: string;
  name: string;
  version: string;
  displayName: string;
  fixedCloudlets: number;
  flexibleCloudlets: number;
  intIP: string;
  extIPs: string[];
  /** Node status: 1 up, 2 down, 4 sleeping, 6 creating. */
  status: number;
  ismaster: boolean;
  diskLimit: number;
  type: "NATIVE" | "DOCKER";
  vType: "CT" | "VM";
  osType: "LINUX";
  image?: string;
}

export interface Environment {
  envName: string;
  appid: string;
  displayName: string;
  ownerUid: number;
  /** Environment status code (reference §1.7): 1 running, 2 stopped, 4 sleeping, 6 creating, … */
  status: number;
  region: string;
  createdOn: string;
  sslstate: boolean;
  ishaenabled: boolean;
  isFirewallEnabled: boolean;
  extdomains: string[];
  envGroups: string[];
  engine?: { keyword: string; name: string; type: string; version: string };
  nodeGroups: NodeGroup[];
  nodes: PlatformNode[];
  /** While status is 6 (creating): epoch ms at which it becomes running (sandbox creation delay). */
  readyAt?: number;
  /** Custom certificates uploaded for this environment (environment/binder AddSSLCert). */
  sslCerts?: SandboxSslCert[];
}

export interface PlatformSession {
  uid: number;
  createdAt: number;
  expiresAt: number;
  /** True when minted by the admin (SigninAsClient), for the record only. */
  viaAdmin: boolean;
}

export interface AuthLink {
  uid: number;
  email: string;
  /** The user's environment the dashboard should open on, when the link asked for one. */
  envName?: string;
  createdAt: number;
  expiresAt: number;
  usedAt?: number;
}

export interface DashboardSession {
  uid: number;
  email: string;
  expiresAt: number;
}
