/**
 * Sandbox records for orders and platform funding (the settlement saga's upstream side). Kept apart
 * from the seed so existing state files load unchanged: `billingState()` creates it on first use.
 */
export interface WhmcsOrder {
  id: number;
  ordernum: string;
  clientId: number;
  pid: number;
  serviceId: number;
  invoiceId: number;
  amountCents: number;
  paymentmethod: string;
  status: "Pending" | "Active" | "Cancelled" | "Fraud";
  date: string;
}

/** One admin FundAccount call as the platform records it (admin GetFundAccountHistory reads these). */
export interface PlatformFunding {
  id: number;
  uid: number;
  amountCents: number;
  isBonus: boolean;
  note: string;
  date: string;
}

export interface SandboxBillingState {
  orders: WhmcsOrder[];
  fundings: PlatformFunding[];
  nextServiceId: number;
}
