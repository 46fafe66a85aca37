import { z } from "zod";
import type { WhmcsTransport } from "./client";
import { intLike, text } from "./schemas";

/** Who an invoice is addressed to: what a printed invoice shows under "Invoiced to". */
export type BillingAddress = {
  clientId: number;
  name: string;
  companyName: string;
  /** Street, city line and country code, empty parts left out. */
  lines: string[];
  taxId: string;
  /** ISO 4217 code of the client's currency; every amount of the client is in it. */
  currency: string;
};

const addressSchema = z.looseObject({
  client: z.object({
    id: intLike,
    firstname: text,
    lastname: text,
    companyname: text,
    address1: text,
    address2: text,
    city: text,
    state: text,
    postcode: text,
    countrycode: text,
    tax_id: text,
    currency_code: text,
  }),
});

/** GetClientsDetails read for its address only (lastlogin, notes and the rest are not kept). */
export function getBillingAddress(
  transport: WhmcsTransport,
  clientId: number,
): Promise<BillingAddress> {
  return transport.call(
    "GetClientsDetails",
    { clientid: clientId },
    addressSchema,
    ({ client }) => ({
      clientId: client.id,
      name: `${client.firstname} ${client.lastname}`.trim(),
      companyName: client.companyname,
      lines: [
        client.address1,
        client.address2,
        [client.postcode, client.city].filter(Boolean).join(" "),
        [client.state !== client.city ? client.state : "", client.countrycode]
          .filter(Boolean)
          .join(", "),
      ].filter((part) => part.trim() !== ""),
      taxId: client.tax_id,
      currency: (client.currency_code || transport.defaultCurrency).toUpperCase(),
    }),
    { idempotent: true },
  );
}
