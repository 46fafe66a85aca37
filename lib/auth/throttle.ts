/** Pure sign-in throttling rules, shared by every web node through the database buckets. */
export type ThrottlePolicy = { maxFailures: number; windowMs: number };
export type Bucket = { count: number; windowStart: Date };

/** How long a key stays refused, or 0 when it may try again. */
export function retryAfterMs(bucket: Bucket | null, now: Date, policy: ThrottlePolicy): number {
  if (!bucket || bucket.count < policy.maxFailures) return 0;
  const until = bucket.windowStart.getTime() + policy.windowMs;
  return Math.max(0, until - now.getTime());
}

/**
 * Throttle keys for one attempt: the account is protected per email, the network per address. An
 * unknown address (no proxy header) gets no shared bucket, or one attacker could lock out everyone.
 */
export function throttleKeys(email: string, ip: string): { key: string; factor: number }[] {
  const keys = [{ key: `signin:email:${email}`, factor: 1 }];
  if (ip && ip !== "unknown") keys.push({ key: `signin:ip:${ip}`, factor: 4 });
  return keys;
}
