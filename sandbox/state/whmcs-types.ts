/** WHMCS records in the sandbox state. Money in integer cents; dates as WHMCS writes them. */
export interface WhmcsUser {
  id: number;
  firstname: string;
  lastname: string;
  email: string;
  password: string;
  datecreated: string;
  twoFactorEnabled: boolean;
}

export interface WhmcsClient {
  id: number;
  uuid: string;
  firstname: string;
  lastname: string;
  companyname: string;
  email: string;
  address1: string;
  address2: string;
  city: string;
  state: string;
  postcode: string;
  countryCode: string;
  phoneCc: number;
  phonenumber: string;
  taxId: string;
  status: "Active" | "Inactive" | "Closed";
  creditCents: number;
  currencyId: number;
  groupid: number;
  datecreated: string;
  defaultgateway: string;
  lastLogin: string | null;
  /** Users with access; exactly one owner. */
  users: { userId: number; isOwner: boolean }[];
}

export interface InvoiceItem {
  id: number;
  type: string;
  relid: number;
  description: string;
  amountCents: number;
  taxed: boolean;
}

export interface InvoiceTransaction {
  id: number;
  gateway: string;
  date: string;
  description: string;
  amountInCents: number;
  feesCents: number;
  amountOutCents: number;
  transid: string;
  refundid: number;
}

export interface Invoice {
  id: number;
  clientId: number;
  invoicenum: string;
  date: string;
  duedate: string;
  /** `null` is sent as WHMCS's "0000-00-00 00:00:00". */
  datepaid: string | null;
  dateRefunded: string | null;
  dateCancelled: string | null;
  status:
    "Draft" | "Unpaid" | "Paid" | "Cancelled" | "Refunded" | "Collections" | "Payment Pending";
  paymentmethod: string;
  taxrate: string;
  creditCents: number;
  notes: string;
  createdAt: string;
  updatedAt: string;
  items: InvoiceItem[];
  transactions: InvoiceTransaction[];
}

export interface SsoToken {
  clientId: number;
  userId: number;
  destination: string;
  redirectPath?: string;
  serviceId?: number;
  expiresAt: number;
  usedAt?: number;
}
