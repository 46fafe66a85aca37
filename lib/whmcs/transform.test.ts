import { describe, expect, it } from "vitest";
import type { z } from "zod";
import clientsFixture from "./__fixtures__/get-clients.json";
import clientsEmpty from "./__fixtures__/get-clients-empty.json";
import clientsSingle from "./__fixtures__/get-clients-single.json";
import detailsFixture from "./__fixtures__/get-clients-details.json";
import invoicesFixture from "./__fixtures__/get-invoices.json";
import invoicesEmpty from "./__fixtures__/get-invoices-empty.json";
import invoicesSingle from "./__fixtures__/get-invoices-single.json";
import usersFixture from "./__fixtures__/get-users.json";
import statusError from "./__fixtures__/status-envelope-error.json";
import statusSuccess from "./__fixtures__/status-envelope-success.json";
import {
  clientDetailsSchema,
  getClientsSchema,
  getInvoicesSchema,
  getUsersSchema,
  unwrapList,
  whmcsDate,
} from "./schemas";
import {
  readEnvelope,
  toClient,
  toClients,
  toGetInvoicesParams,
  toInvoices,
  toSsoParams,
  toUsers,
  toWhmcsStatusFilter,
} from "./transform";

const parse = <S extends z.ZodType>(schema: S, value: unknown): z.output<S> => schema.parse(value);
const usd = (amountMinor: number) => ({ amountMinor, currency: "USD" });

describe("WHMCS envelope", () => {
  it("reads result and the status variant", () => {
    expect(readEnvelope({ result: "success" })).toEqual({ kind: "success" });
    expect(readEnvelope(statusSuccess)).toEqual({ kind: "success" });
    expect(readEnvelope(statusError)).toEqual({
      kind: "error",
      message: 'Invalid Permissions: API action "getinvoices" is not allowed',
    });
    expect(readEnvelope({ result: "error" })).toMatchObject({ kind: "error" });
    expect(readEnvelope("<html>")).toEqual({ kind: "none" });
    expect(readEnvelope({ invoices: [] })).toEqual({ kind: "none" });
  });
});

describe("WHMCS coercion helpers", () => {
  it("normalises every list encoding to an array", () => {
    const item = { id: 1 };
    expect(unwrapList(undefined, "invoice")).toEqual([]);
    expect(unwrapList("", "invoice")).toEqual([]);
    expect(unwrapList({}, "invoice")).toEqual([]);
    expect(unwrapList([item], "invoice")).toEqual([item]);
    expect(unwrapList({ invoice: [item] }, "invoice")).toEqual([item]);
    expect(unwrapList({ invoice: item }, "invoice")).toEqual([item]);
    expect(unwrapList({ invoice: "" }, "invoice")).toEqual([]);
    expect(unwrapList({ "0": item, "2": item }, "invoice")).toEqual([item, item]);
  });

  it("maps zero dates to null and reads the rest as UTC", () => {
    expect(whmcsDate.parse("0000-00-00")).toBeNull();
    expect(whmcsDate.parse("0000-00-00 00:00:00")).toBeNull();
    expect(whmcsDate.parse("")).toBeNull();
    expect(whmcsDate.parse("2026-01-03 14:22:05")).toEqual(new Date("2026-01-03T14:22:05Z"));
    expect(whmcsDate.parse("2026-01-03")).toEqual(new Date("2026-01-03T00:00:00Z"));
    expect(whmcsDate.safeParse("03/01/2026").success).toBe(false);
  });
});

describe("GetUsers", () => {
  it("maps users with plain-array clients and loose booleans", () => {
    expect(toUsers(parse(getUsersSchema, usersFixture))).toEqual([
      {
        id: 601,
        email: "billing@demo.test",
        firstName: "Bill",
        lastName: "Billing",
        clients: [
          { id: 501, isOwner: true },
          { id: 505, isOwner: false },
        ],
      },
      { id: 603, email: "billing.second@demo.test", firstName: "Billy", lastName: "", clients: [] },
    ]);
  });
});

describe("GetClientsDetails", () => {
  it("reads the nested client, credit in minor units, never admin notes", () => {
    const client = toClient(parse(clientDetailsSchema, detailsFixture).client, "EUR");
    expect(client).toEqual({
      id: 501,
      email: "billing@demo.test",
      firstName: "Bill",
      lastName: "Billing",
      companyName: "Billing GmbH",
      country: "DE",
      currency: "USD",
      credit: usd(1200),
      status: "active",
    });
    expect(JSON.stringify(client)).not.toContain("VIP");
  });

  it("falls back to the configured currency and other id spellings", () => {
    const raw = { client: { client_id: "9", email: "x@y.z", credit: 3.5, status: "Weird" } };
    expect(toClient(parse(clientDetailsSchema, raw).client, "eur")).toMatchObject({
      id: 9,
      currency: "EUR",
      credit: { amountMinor: 350, currency: "EUR" },
      status: "unknown",
    });
    expect(clientDetailsSchema.safeParse({ client: { email: "x@y.z" } }).success).toBe(false);
  });
});

describe("GetClients", () => {
  it("maps a wrapped list with string totals and zero dates", () => {
    const result = toClients(parse(getClientsSchema, clientsFixture));
    expect(result.total).toBe(3);
    expect(result.clients).toEqual([
      {
        id: 501,
        email: "billing@demo.test",
        firstName: "Bill",
        lastName: "Billing",
        companyName: "Billing GmbH",
        status: "active",
        createdOn: new Date("2024-03-01T00:00:00Z"),
      },
      {
        id: 502,
        email: "whmcs@demo.test",
        firstName: "Wanda",
        lastName: "Whmcs",
        companyName: "",
        status: "closed",
        createdOn: null,
      },
    ]);
  });

  it("accepts a single object and an empty string", () => {
    expect(toClients(parse(getClientsSchema, clientsSingle)).clients).toMatchObject([
      { id: 502, status: "inactive" },
    ]);
    expect(toClients(parse(getClientsSchema, clientsEmpty))).toEqual({ total: 0, clients: [] });
  });
});

describe("GetInvoices", () => {
  const { total, invoices } = toInvoices(parse(getInvoicesSchema, invoicesFixture), "EUR");

  it("maps an unpaid invoice: zero dates null, balance = total", () => {
    expect(total).toBe(4);
    expect(invoices[0]).toEqual({
      id: 7003,
      number: "7003",
      issuedOn: new Date("2026-03-01T00:00:00Z"),
      dueOn: new Date("2026-03-15T00:00:00Z"),
      paidOn: null,
      status: "unpaid",
      subtotal: usd(1680),
      tax: usd(319),
      credit: usd(0),
      total: usd(1999),
      balance: usd(1999),
    });
  });

  it("maps a paid invoice: both tax levels, invoice number, nothing due", () => {
    expect(invoices[1]).toMatchObject({
      id: 7001,
      number: "INV-2026-0001",
      paidOn: new Date("2026-01-03T14:22:05Z"),
      status: "paid",
      tax: usd(808),
      credit: usd(500),
      total: usd(4510),
      balance: usd(0),
    });
  });

  it("maps every status to its domain value", () => {
    expect(invoices.map((i) => i.status)).toEqual([
      "unpaid",
      "paid",
      "cancelled",
      "payment_pending",
    ]);
    expect(invoices[2]?.balance).toEqual(usd(0));
    expect(invoices[3]?.balance).toEqual(usd(500));
  });

  it("handles a single-object list in a zero-digit currency", () => {
    const single = toInvoices(parse(getInvoicesSchema, invoicesSingle), "USD");
    expect(single.invoices).toMatchObject([
      { id: 88, status: "collections", total: { amountMinor: 1500, currency: "JPY" } },
    ]);
  });

  it("handles an empty string list", () => {
    expect(toInvoices(parse(getInvoicesSchema, invoicesEmpty), "USD")).toEqual({
      total: 0,
      invoices: [],
    });
  });

  it("rejects unknown statuses and missing issue dates", () => {
    const bad = (patch: object) => ({
      invoices: { invoice: [{ ...invoicesFixture.invoices.invoice[0], ...patch }] },
    });
    expect(getInvoicesSchema.safeParse(bad({ status: "Lost" })).success).toBe(false);
    expect(getInvoicesSchema.safeParse(bad({ date: "0000-00-00" })).success).toBe(false);
    expect(getInvoicesSchema.safeParse(bad({ total: "12,00" })).success).toBe(false);
    expect(getInvoicesSchema.safeParse(bad({ status: "payment pending" })).success).toBe(true);
  });
});

describe("request parameters", () => {
  it("builds GetInvoices parameters from domain input", () => {
    expect(
      toGetInvoicesParams({ clientId: 501, status: "payment_pending", offset: 25, limit: 25 }),
    ).toEqual({
      userid: 501,
      status: "Payment Pending",
      orderby: "date",
      order: "desc",
      limitstart: 25,
      limitnum: 25,
    });
  });

  it("accepts WHMCS and domain status names, and the overdue filter", () => {
    expect(toWhmcsStatusFilter("Unpaid")).toBe("Unpaid");
    expect(toWhmcsStatusFilter("unpaid")).toBe("Unpaid");
    expect(toWhmcsStatusFilter("Payment Pending")).toBe("Payment Pending");
    expect(toWhmcsStatusFilter("overdue")).toBe("Overdue");
    expect(() => toWhmcsStatusFilter("Lost")).toThrow(RangeError);
  });

  it("implies the custom-redirect destination for a redirect path", () => {
    expect(toSsoParams({ clientId: 501, redirectPath: "viewinvoice.php?id=7003" })).toEqual({
      client_id: 501,
      user_id: undefined,
      destination: "sso:custom_redirect",
      sso_redirect_path: "viewinvoice.php?id=7003",
    });
    expect(toSsoParams({ clientId: 1, destination: "clientarea:invoices" })).toMatchObject({
      destination: "clientarea:invoices",
    });
  });
});
