import { describe, expect, it } from "vitest";
import { demoUsers } from "@/sandbox/demo-users";
import {
  sandbox,
  CREDS,
  whmcs,
  type Obj,
  type Invoice,
  rawSandboxPerFile,
} from "./support/raw-sandbox";

/** The sandbox's WHMCS API over real HTTP: envelope, quirks, actions (CONTRACTS.md). */
rawSandboxPerFile();

describe("WHMCS API", () => {
  it("refuses bad API credentials with the WHMCS messages", async () => {
    const wrongSecret = await whmcs({ action: "GetClients" }, { ...CREDS, secret: "nope" });
    expect(wrongSecret.status).toBe(403);
    expect(wrongSecret.body).toEqual({ result: "error", message: "Authentication Failed" });
    const unknownId = await whmcs({ action: "GetClients" }, { identifier: "who", secret: "x" });
    expect(unknownId.body).toEqual({ result: "error", message: "Invalid or missing credentials" });
    const missing = await whmcs({ action: "GetClients" }, {});
    expect(missing.body.message).toBe("Authentication Failed");
    const alias = await whmcs(
      { action: "GetClients" },
      { username: CREDS.identifier, password: CREDS.secret },
    );
    expect(alias.body.result).toBe("success");
  });

  it("matches actions case-insensitively, accepts GET, and reports unknown or empty actions", async () => {
    expect((await whmcs({ action: "getclients" })).body.result).toBe("success");
    const query = new URLSearchParams({ ...CREDS, action: "GetClients", responsetype: "json" });
    expect(
      ((await (await fetch(`${sandbox.url}/whmcs/includes/api.php?${query}`)).json()) as Obj)
        .result,
    ).toBe("success");
    expect((await whmcs({ action: "GetTodoList" })).body).toEqual({
      result: "error",
      message: "Command Not Found",
    });
    const empty = await whmcs({});
    expect([empty.status, empty.body.message]).toEqual([400, "Empty action request"]);
  });

  it("ValidateLogin returns the user id for the right password only", async () => {
    const ok = await whmcs({
      action: "ValidateLogin",
      email: "Billing@Demo.test",
      password2: demoUsers.billing.password,
    });
    expect(ok.body).toMatchObject({ result: "success", userid: "601", twoFactorEnabled: "false" });
    expect(ok.body.passwordhash).toMatch(/^[0-9a-f]{40}$/);
    const wrong = await whmcs({
      action: "ValidateLogin",
      email: demoUsers.billing.email,
      password2: "wrong",
    });
    expect([wrong.status, wrong.body]).toEqual([
      200,
      { result: "error", message: "Email or Password Invalid" },
    ]);
  });

  it("GetUsers returns a plain users array with client links", async () => {
    const { body } = await whmcs({ action: "GetUsers", search: demoUsers.billing.email });
    expect(body).toMatchObject({ totalresults: 1, startnumber: 0, numreturned: 1 });
    expect(body.users).toEqual([
      expect.objectContaining({
        id: 601,
        email: demoUsers.billing.email,
        clients: [{ id: 501, isOwner: true }],
      }),
    ]);
    const invited = await whmcs({ action: "GetUsers", search: "anna@" });
    expect((invited.body.users as Obj[])[0]?.clients).toEqual([{ id: 501, isOwner: false }]);
  });

  it("GetClientsDetails has the WHMCS 8 shape, string money and legacy top-level fields", async () => {
    const { body, raw } = await whmcs({ action: "GetClientsDetails", clientid: "501", stats: "1" });
    const client = body.client as Obj;
    expect(client).toMatchObject({
      id: 501,
      email: demoUsers.billing.email,
      credit: "12.00",
      currency_code: "USD",
      countrycode: "DE",
    });
    expect(client.users).toEqual({
      user: expect.arrayContaining([
        { id: 601, name: "Bill Billing", email: demoUsers.billing.email, is_owner: true },
      ]),
    });
    expect(body).toMatchObject({
      email: demoUsers.billing.email,
      credit: "12.00",
      stats: expect.objectContaining({ numunpaidinvoices: 1, creditbalance: "$12.00 USD" }),
    });
    expect(raw).toContain("Date: 20\\/11\\/2026"); // PHP's json_encode escapes slashes
    const byEmail = await whmcs({ action: "GetClientsDetails", email: demoUsers.whmcsOnly.email });
    expect(byEmail.body.client).toMatchObject({
      id: 502,
      fullname: "Wanda Whmcs",
      credit: "7.25",
      countrycode: "US",
    });
    expect((await whmcs({ action: "GetClientsDetails", email: "nobody@demo.test" })).body).toEqual({
      result: "error",
      message: "Client Not Found",
    });
    expect((await whmcs({ action: "GetClientsDetails" })).body.message).toBe(
      "Either clientid Or email Is Required",
    );
  });

  it("GetClients returns a wrapped, paginated, searchable list", async () => {
    const { body } = await whmcs({ action: "GetClients", limitstart: "1", limitnum: "2" });
    expect(body).toMatchObject({ totalresults: 11, startnumber: 1, numreturned: 2 });
    expect((body.clients as { client: Obj[] }).client.map((c) => c.id)).toEqual([502, 503]);
    const search = await whmcs({ action: "GetClients", search: "acme" });
    expect((search.body.clients as { client: Obj[] }).client).toEqual([
      expect.objectContaining({ id: 504, companyname: "Acme Widgets Ltd" }),
    ]);
  });

  it("GetInvoices lists one client's invoices, filters by status, and has the empty quirk", async () => {
    const all = await whmcs({ action: "GetInvoices", userid: "501" });
    const list = (all.body.invoices as { invoice: Invoice[] }).invoice;
    expect(all.body.totalresults).toBe(4);
    expect(list.map((i) => i.status).sort()).toEqual(["Cancelled", "Paid", "Refunded", "Unpaid"]);
    expect(list.every((i) => i.userid === 501)).toBe(true);
    const unpaid = await whmcs({ action: "GetInvoices", userid: "501", status: "Unpaid" });
    expect((unpaid.body.invoices as { invoice: Invoice[] }).invoice).toEqual([
      expect.objectContaining({
        id: 3102,
        subtotal: "31.00",
        tax: "5.89",
        total: "36.89",
        taxrate: "19.000",
        datepaid: "0000-00-00 00:00:00",
        currencycode: "USD",
      }),
    ]);
    const sorted = await whmcs({
      action: "GetInvoices",
      userid: "501",
      orderby: "date",
      order: "asc",
      limitnum: "2",
    });
    expect((sorted.body.invoices as { invoice: Invoice[] }).invoice.map((i) => i.id)).toEqual([
      3104, 3101,
    ]);
    const none = await whmcs({ action: "GetInvoices", userid: "504" });
    expect(none.body).toEqual({
      result: "success",
      totalresults: 0,
      startnumber: 0,
      numreturned: 0,
      invoices: [],
    });
  });

  it("GetInvoice returns items and transactions ('' when there are none)", async () => {
    const unpaid = await whmcs({ action: "GetInvoice", invoiceid: "3102" });
    expect(unpaid.body).toMatchObject({
      invoiceid: 3102,
      userid: 501,
      balance: "36.89",
      status: "Unpaid",
      transactions: "",
    });
    expect((unpaid.body.items as { item: Obj[] }).item).toHaveLength(2);
    const refunded = await whmcs({ action: "GetInvoice", invoiceid: "3104" });
    expect((refunded.body.transactions as { transaction: Obj[] }).transaction).toEqual([
      expect.objectContaining({ amountin: "23.80", refundid: 0 }),
      expect.objectContaining({ amountout: "23.80", refundid: 9102 }),
    ]);
    expect((await whmcs({ action: "GetInvoice", invoiceid: "9999" })).body.message).toBe(
      "Invoice ID Not Found",
    );
  });

  it("CreateSsoToken mints a one-time link to the client area landing page", async () => {
    const { body } = await whmcs({
      action: "CreateSsoToken",
      client_id: "501",
      destination: "sso:custom_redirect",
      sso_redirect_path: "viewinvoice.php?id=3102",
    });
    const url = body.redirect_url as string;
    expect(url).toBe(
      `${sandbox.url}/whmcs/oauth/singlesignon.php?access_token=${body.access_token as string}`,
    );
    const first = await fetch(url);
    const page = await first.text();
    expect(first.status).toBe(200);
    expect(page).toContain(`data-testid="whmcs-user">Signed in as ${demoUsers.billing.email}`);
    expect(page).toContain("Invoice #3102");
    expect((await fetch(url)).status).toBe(410);
    expect((await whmcs({ action: "CreateSsoToken", client_id: "9" })).body.message).toBe(
      "Invalid client_id",
    );
    expect(
      (await whmcs({ action: "CreateSsoToken", client_id: "502", user_id: "601" })).body.message,
    ).toBe("Invalid user_id for client");
  });
});
