import { timingSafeEqual } from "node:crypto";
import { credentials } from "../context";
import { str, type PhpArray } from "../http/php-form";
import { failure, type WhmcsReply } from "./envelope";

/**
 * API credential check. `identifier`/`secret` is preferred; the same pair is also accepted in
 * `username`/`password` (reference §1.2). Auth failures are HTTP 403, as observed in the field
 * (reference §1.5/§1.6): an unknown identifier and a wrong secret have different messages.
 */
export function checkCredentials(params: PhpArray): WhmcsReply | null {
  const identifier = str(params, "identifier") ?? str(params, "username");
  const secret = str(params, "secret") ?? str(params, "password");
  if (!identifier || !secret) return failure("Authentication Failed", 403);
  if (!same(identifier, credentials.whmcsIdentifier))
    return failure("Invalid or missing credentials", 403);
  if (!same(secret, credentials.whmcsSecret)) return failure("Authentication Failed", 403);
  return null;
}

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
