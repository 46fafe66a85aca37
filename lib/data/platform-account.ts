import "server-only";
import { cache } from "react";
import { upstreams } from "./upstreams";

/**
 * The platform account (balances, group) read once per request by session, however many widgets
 * show a part of it (balance card, runway).
 */
export const platformAccount = cache((session: string) => upstreams().jelastic.getAccount(session));
