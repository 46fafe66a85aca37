import { demoUsers } from "../demo-users";
import type { WhmcsClient, WhmcsUser } from "../state/types";

/** WHMCS 8 users (logins) and clients (billing accounts), linked as in CONTRACTS.md. */
export function whmcsUsers(): WhmcsUser[] {
  return [
    user(
      601,
      "Bill",
      "Billing",
      demoUsers.billing.email,
      demoUsers.billing.password,
      "2025-03-11 16:45:02",
    ),
    user(
      602,
      "Wanda",
      "Whmcs",
      demoUsers.whmcsOnly.email,
      demoUsers.whmcsOnly.password,
      "2025-08-19 10:11:45",
    ),
    user(603, "Oscar", "Other", "oscar@other.test", "Oscar-other-2026", "2024-11-02 10:06:30"),
    user(604, "Carla", "Company", "carla@acme.test", "Carla-acme-2026", "2023-05-09 13:20:00"),
    // Has access to the billing demo client without owning it (WHMCS 8 "invited user").
    user(
      605,
      "Anna",
      "Accountant",
      "anna@accounting.test",
      "Anna-books-2026",
      "2025-12-01 09:00:00",
    ),
    // Same email as a trial platform account: "Upgrade trial account" links instead of creating.
    user(
      606,
      "Lina",
      "Linked",
      demoUsers.linked.email,
      demoUsers.linked.password,
      "2024-06-18 08:30:00",
    ),
  ];
}

export function whmcsClients(): WhmcsClient[] {
  return [
    {
      ...base(501, "Bill", "Billing", demoUsers.billing.email, "2025-03-11"),
      address1: "Friedrichstraße 123",
      city: "Berlin",
      state: "Berlin",
      postcode: "10117",
      countryCode: "DE",
      phoneCc: 49,
      phonenumber: "30 1234567",
      taxId: "DE123456789",
      creditCents: 1200,
      defaultgateway: "stripe",
      lastLogin: "Date: 20/11/2026 18:04<br>IP Address: 198.51.100.7<br>Host: 198.51.100.7",
      users: [
        { userId: 601, isOwner: true },
        { userId: 605, isOwner: false },
      ],
    },
    {
      ...base(502, "Wanda", "Whmcs", demoUsers.whmcsOnly.email, "2025-08-19"),
      address1: "350 Fifth Avenue",
      city: "New York",
      state: "New York",
      postcode: "10118",
      countryCode: "US",
      phoneCc: 1,
      phonenumber: "2125550142",
      creditCents: 725,
      defaultgateway: "paypalcheckout",
      users: [{ userId: 602, isOwner: true }],
    },
    {
      ...base(503, "Oscar", "Other", "oscar@other.test", "2024-11-02"),
      address1: "Marienplatz 1",
      city: "München",
      state: "Bayern",
      postcode: "80331",
      countryCode: "DE",
      phoneCc: 49,
      phonenumber: "89 7654321",
      creditCents: 0,
      users: [{ userId: 603, isOwner: true }],
    },
    {
      ...base(504, "Carla", "Company", "carla@acme.test", "2023-05-09"),
      companyname: "Acme Widgets Ltd",
      address1: "1 Canal Street",
      city: "Manchester",
      state: "Greater Manchester",
      postcode: "M1 3HE",
      countryCode: "GB",
      phoneCc: 44,
      phonenumber: "1615550100",
      taxId: "GB987654321",
      creditCents: 5000,
      users: [{ userId: 604, isOwner: true }],
    },
    {
      ...base(505, "Lina", "Linked", demoUsers.linked.email, "2024-06-18"),
      address1: "Mariahilfer Straße 10",
      city: "Wien",
      state: "Wien",
      postcode: "1070",
      countryCode: "AT",
      phoneCc: 43,
      phonenumber: "1 5550123",
      creditCents: 5000,
      users: [{ userId: 606, isOwner: true }],
    },
  ];
}

function user(
  id: number,
  firstname: string,
  lastname: string,
  email: string,
  password: string,
  datecreated: string,
): WhmcsUser {
  return { id, firstname, lastname, email, password, datecreated, twoFactorEnabled: false };
}

function base(id: number, firstname: string, lastname: string, email: string, datecreated: string) {
  return {
    id,
    uuid: `5a7d1c2e-0000-4000-8000-${String(id).padStart(12, "0")}`,
    firstname,
    lastname,
    companyname: "",
    email,
    address2: "",
    taxId: "",
    status: "Active" as const,
    currencyId: 1,
    groupid: 0,
    datecreated,
    defaultgateway: "",
    lastLogin: null,
  };
}
