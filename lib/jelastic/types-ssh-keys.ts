/** An SSH public key stored on the platform account (used for SSH access to its containers). */
export type SshKey = {
  id: number;
  title: string;
  /** The OpenSSH line as the platform holds it. */
  publicKey: string;
  /** The key type (`ssh-ed25519`, `ssh-rsa`, …); the first word of the line when it cannot be parsed. */
  type: string;
  /** Key size in bits, when the key could be parsed. */
  bits: number | null;
  /** `SHA256:…` computed here from the key itself (never copied from the platform); null if unparsable. */
  fingerprint: string | null;
  addedAt: Date | null;
};

/** Why the platform refused a key (result codes 6000/6001/6002). */
export type SshKeyErrorReason = "invalid" | "duplicate_key" | "duplicate_title";

export type NewSshKey = { title: string; publicKey: string };
