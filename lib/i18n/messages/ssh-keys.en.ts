/** "SSH Access" page strings; spread into en.ts as `sshKeys`. */
export const sshKeysEn = {
  nav: "SSH Access",
  title: "SSH Access",
  intro:
    "Public SSH keys let you connect to the containers of your environments over SSH. Add the public half of a key pair (the .pub file); never paste a private key.",
  listHeading: "Your SSH keys",
  empty: "You have not added any SSH keys yet.",
  colTitle: "Title",
  colFingerprint: "Fingerprint",
  colType: "Type",
  colAdded: "Added",
  colActions: "Actions",
  typeWithBits: "{type} ({bits} bits)",
  unknownFingerprint: "Unrecognised key",
  unknownDate: "Unknown",
  delete: "Delete",
  deleteLabel: "Delete {title}",
  confirmDelete: "Confirm delete of {title}",
  cancel: "Cancel",
  deleting: "Deleting…",
  deleted: "The SSH key “{title}” was deleted.",
  addHeading: "Add a new SSH key",
  fieldTitle: "Title",
  fieldTitleHint: "A name that tells you where the key is used, e.g. “Work laptop”.",
  fieldKey: "Public key",
  fieldKeyHint:
    "Starts with ssh-ed25519, ssh-rsa or ecdsa-sha2-…, as in your ~/.ssh/id_ed25519.pub file.",
  submit: "Add SSH key",
  submitting: "Adding…",
  added: "The SSH key “{title}” was added. Fingerprint: {fingerprint}",
  titleRequired: "Enter a title for the key.",
  titleTooLong: "The title can have at most {max} characters.",
  noPlatform:
    "SSH keys belong to a platform account, and yours does not have one yet. It is created with your first payment.",
  unavailable:
    "The platform is not answering right now, so nothing was changed. Please try again in a minute.",
  refused: "The platform refused this request. Please try again or contact support.",
  listUnavailable:
    "Your SSH keys cannot be shown right now because the platform is not answering. Please try again in a minute.",
  notFound: "This SSH key does not exist or does not belong to your account.",
  invalidRequest: "This request was not valid. Reload the page and try again.",
  reasons: {
    empty: "Paste your public key.",
    too_long: "This text is far too long to be one public key. Paste a single key.",
    private_key:
      "This is a private key. Never share it: paste the public key instead (the .pub file). Nothing was saved.",
    pem_format:
      "This is a PEM public key. Convert it to OpenSSH format with “ssh-keygen -i -m PKCS8 -f key.pem”.",
    ssh2_format:
      "This is an SSH2 (RFC 4716) public key. Convert it to OpenSSH format with “ssh-keygen -i -f key.pub”.",
    multiple_keys: "This contains more than one key. Add them one at a time.",
    line_break: "The key is split over several lines. Paste it as one single line.",
    options_prefix:
      "Remove the authorized_keys options before the key type; paste only “type key comment”.",
    missing_type: "The key type (e.g. ssh-ed25519) is missing at the start of the key.",
    not_openssh:
      "This is not an OpenSSH public key. It should start with ssh-ed25519, ssh-rsa or ecdsa-sha2-….",
    unsupported_type:
      "This key type is not supported. Use an Ed25519, ECDSA or RSA (at least 2048 bits) key.",
    malformed_base64: "The key data is damaged (it is not valid base64). Copy the key again.",
    truncated: "The key is incomplete. Copy the whole line again.",
    invalid_comment: "The comment after the key contains characters that are not allowed.",
    type_mismatch: "The key data does not match its type. Copy the key again.",
    curve_mismatch: "The key data does not match its ECDSA curve. Copy the key again.",
    invalid_key: "The key data is not a valid key. Copy the key again.",
    rsa_too_short: "This RSA key is too short. Use at least 2048 bits (better: an Ed25519 key).",
    duplicate_key: "This key is already on your account.",
    duplicate_title: "You already have a key with this title. Choose another title.",
    platform_invalid: "The platform did not accept this key. Check that it is a valid public key.",
  },
};
