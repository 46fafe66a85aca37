import "server-only";
import { headers } from "next/headers";

export type RequestContext = { ip: string; userAgent: string | null };

/**
 * Client address for audit and throttling. Behind a load balancer the first X-Forwarded-For hop is
 * the client; a directly exposed portal sees no such header and records "unknown".
 */
export async function getRequestContext(): Promise<RequestContext> {
  const h = await headers();
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || h.get("x-real-ip") || "unknown";
  return { ip: ip.slice(0, 64), userAgent: h.get("user-agent")?.slice(0, 300) ?? null };
}
