export { MAX_RSA_BITS, MIN_RSA_BITS, SUPPORTED_KEY_TYPES, type SshKeyType } from "./key-blob";
export {
  MAX_KEY_TEXT_LENGTH,
  parsePublicKey,
  type ParsePublicKeyResult,
  type SshKeyRejection,
  type SshPublicKey,
} from "./parse-public-key";
