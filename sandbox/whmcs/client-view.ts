import type { JsonObject } from "../http/respond";
import type { Invoice, SandboxState, WhmcsClient } from "../state/types";
import { currencyById } from "./currencies";
import { countryNames, displayMoney, money } from "./format";
import { invoiceTotals } from "./invoice-view";

/** The `client` object of GetClientsDetails, field for field as in the WHMCS 8 example. */
export function clientView(client: WhmcsClient, state: SandboxState): JsonObject {
  const owner = client.users.find((u) => u.isOwner);
  const phone = `+${client.phoneCc}.${client.phonenumber.replace(/\s+/g, "")}`;
  return {
    client_id: client.id,
    owner_user_id: owner?.userId ?? 0,
    userid: client.id,
    id: client.id,
    uuid: client.uuid,
    firstname: client.firstname,
    lastname: client.lastname,
    fullname: `${client.firstname} ${client.lastname}`,
    companyname: client.companyname,
    email: client.email,
    address1: client.address1,
    address2: client.address2,
    city: client.city,
    fullstate: client.state,
    state: client.state,
    postcode: client.postcode,
    countrycode: client.countryCode,
    country: client.countryCode,
    phonenumber: client.phonenumber,
    tax_id: client.taxId,
    email_preferences: {
      general: "1",
      invoice: "1",
      support: "1",
      product: "1",
      domain: "1",
      affiliate: "1",
    },
    statecode: client.state,
    countryname: countryNames[client.countryCode] ?? client.countryCode,
    phonecc: String(client.phoneCc),
    phonenumberformatted: phone,
    telephoneNumber: phone,
    billingcid: 0,
    notes: "",
    currency: client.currencyId,
    defaultgateway: client.defaultgateway,
    groupid: client.groupid,
    status: client.status,
    credit: money(client.creditCents),
    taxexempt: false,
    latefeeoveride: false,
    overideduenotices: false,
    separateinvoices: false,
    disableautocc: false,
    emailoptout: false,
    marketing_emails_opt_in: false,
    overrideautoclose: false,
    allowSingleSignOn: 1,
    email_verified: true,
    language: "",
    isOptedInToMarketingEmails: false,
    lastlogin: client.lastLogin ?? "No Login Logged",
    currency_code: currencyById(client.currencyId).code,
    customfields: [],
    users: {
      user: client.users.flatMap((link) => {
        const user = state.whmcs.users.find((u) => u.id === link.userId);
        return user
          ? [
              {
                id: user.id,
                name: `${user.firstname} ${user.lastname}`,
                email: user.email,
                is_owner: link.isOwner,
              },
            ]
          : [];
      }),
    },
  };
}

/** `stats` of GetClientsDetails: counters as numbers, amounts as display strings ("$0.00 USD"). */
export function clientStats(client: WhmcsClient, invoices: Invoice[], today: string): JsonObject {
  const own = invoices.filter((i) => i.clientId === client.id);
  const bucket = (match: (i: Invoice) => boolean) => {
    const list = own.filter(match);
    return {
      count: list.length,
      amount: displayMoney(list.reduce((sum, i) => sum + invoiceTotals(i).balanceCents, 0)),
    };
  };
  const totalOf = (status: Invoice["status"]) => {
    const list = own.filter((i) => i.status === status);
    return {
      count: list.length,
      amount: displayMoney(list.reduce((sum, i) => sum + invoiceTotals(i).totalCents, 0)),
    };
  };
  const unpaid = bucket((i) => i.status === "Unpaid");
  const overdue = bucket((i) => i.status === "Unpaid" && i.duedate < today);
  const draft = totalOf("Draft");
  const paid = totalOf("Paid");
  const cancelled = totalOf("Cancelled");
  const refunded = totalOf("Refunded");
  const collections = totalOf("Collections");
  const pending = totalOf("Payment Pending");
  const income = own.reduce(
    (sum, i) =>
      sum +
      i.transactions.reduce((s, t) => s + t.amountInCents - t.feesCents - t.amountOutCents, 0),
    0,
  );
  return {
    numdueinvoices: unpaid.count,
    dueinvoicesbalance: unpaid.amount,
    incredit: client.creditCents > 0,
    creditbalance: displayMoney(client.creditCents),
    grossRevenue: displayMoney(
      own.reduce((sum, i) => sum + i.transactions.reduce((s, t) => s + t.amountInCents, 0), 0),
    ),
    expenses: displayMoney(
      own.reduce((sum, i) => sum + i.transactions.reduce((s, t) => s + t.feesCents, 0), 0),
    ),
    income: displayMoney(income),
    numoverdueinvoices: overdue.count,
    overdueinvoicesbalance: overdue.amount,
    numDraftInvoices: draft.count,
    draftInvoicesBalance: draft.amount,
    numunpaidinvoices: unpaid.count,
    unpaidinvoicesamount: unpaid.amount,
    numpaidinvoices: paid.count,
    paidinvoicesamount: paid.amount,
    numcancelledinvoices: cancelled.count,
    cancelledinvoicesamount: cancelled.amount,
    numrefundedinvoices: refunded.count,
    refundedinvoicesamount: refunded.amount,
    numcollectionsinvoices: collections.count,
    collectionsinvoicesamount: collections.amount,
    numpaymentpendinginvoices: pending.count,
    paymentpendinginvoicesamount: pending.amount,
    productsnumactive: 0,
    productsnumtotal: 0,
    numactivedomains: 0,
    numdomains: 0,
    numacceptedquotes: 0,
    numquotes: 0,
    numtickets: 0,
    numactivetickets: 0,
    numaffiliatesignups: 0,
    isAffiliate: false,
  };
}
