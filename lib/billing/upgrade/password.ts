import { randomInt } from "node:crypto";

/**
 * A strong password for a billing login the portal creates: 20 characters from a CSPRNG, with at
 * least one of each class so WHMCS password-strength rules accept it. No look-alikes (0/O, 1/l/I)
 * and no characters that need escaping in a URL, an email or a shell, so it can be typed from the
 * credentials email.
 */
const CLASSES = [
  "ABCDEFGHJKLMNPQRSTUVWXYZ",
  "abcdefghijkmnopqrstuvwxyz",
  "23456789",
  "!#%+-=?@_",
] as const;
const ALL = CLASSES.join("");

export const GENERATED_PASSWORD_LENGTH = 20;

export function generateBillingPassword(length = GENERATED_PASSWORD_LENGTH): string {
  if (length < CLASSES.length) throw new RangeError("password too short for every class");
  const chars = CLASSES.map((set) => pick(set));
  while (chars.length < length) chars.push(pick(ALL));
  // Fisher–Yates, so the guaranteed characters are not always in front.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join("");
}

function pick(set: string): string {
  return set[randomInt(set.length)]!;
}
