import type { WhmcsTransport } from "./client";
import { WhmcsNotFoundError } from "./errors";
import { clientDetailsSchema, getClientsSchema, getUsersSchema } from "./schemas";
import {
  toClient,
  toClientDetailsParams,
  toClients,
  toGetClientsParams,
  toGetUsersParams,
  toUsers,
  type ClientLookup,
} from "./transform";
import type { WhmcsBillingClient, WhmcsClientSummary, WhmcsUser } from "./types";

/** Users whose email or name starts with `search`; filter on exact email yourself. */
export function getUsers(
  transport: WhmcsTransport,
  input: { search: string; offset?: number; limit?: number },
): Promise<WhmcsUser[]> {
  return transport.call("GetUsers", toGetUsersParams(input), getUsersSchema, toUsers, {
    idempotent: true,
  });
}

/** One billing client by id or email; `null` when WHMCS says "Client Not Found". */
export async function getClientsDetails(
  transport: WhmcsTransport,
  lookup: ClientLookup,
): Promise<WhmcsBillingClient | null> {
  try {
    return await transport.call(
      "GetClientsDetails",
      toClientDetailsParams(lookup),
      clientDetailsSchema,
      (raw) => toClient(raw.client, transport.defaultCurrency),
      { idempotent: true },
    );
  } catch (error) {
    if (error instanceof WhmcsNotFoundError) return null;
    throw error;
  }
}

export function getClients(
  transport: WhmcsTransport,
  input: { search?: string; offset?: number; limit?: number } = {},
): Promise<{ total: number; clients: WhmcsClientSummary[] }> {
  return transport.call("GetClients", toGetClientsParams(input), getClientsSchema, toClients, {
    idempotent: true,
  });
}
