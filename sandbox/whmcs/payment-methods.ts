import type { WhmcsReply } from "./envelope";
import { success } from "./envelope";

/** The sandbox's active gateways (system module names as GetPaymentMethods lists them). */
export const GATEWAYS = [
  { module: "stripe", displayname: "Credit Card" },
  { module: "paypalcheckout", displayname: "PayPal" },
  { module: "mailin", displayname: "Mail In Payment" },
] as const;

/** GetPaymentMethods: wrapped `paymentmethods.paymentmethod[{module, displayname}]`. */
export function getPaymentMethods(): WhmcsReply {
  return success({
    totalresults: GATEWAYS.length,
    paymentmethods: { paymentmethod: GATEWAYS.map((g) => ({ ...g })) },
  });
}
