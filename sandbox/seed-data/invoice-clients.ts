import type { WhmcsClient, WhmcsUser } from "../state/types";

/**
 * WHMCS logins and clients added for "View invoices": customers in Turkish lira, Indian rupees and
 * Korean won with non-Latin names and right-to-left text (so the invoice PDF must handle them), plus
 * billing accounts for the platform's bulk and ten-environment demo users (5,000 and 10 invoices).
 */
export const invoiceDemoLogins = {
  turkish: { email: "ayse@demo.test", password: "Ayse-demo-2026", clientId: 531 },
  cyrillic: { email: "dmitri@demo.test", password: "Dmitri-demo-2026", clientId: 532 },
  arabic: { email: "layla@demo.test", password: "Layla-demo-2026", clientId: 533 },
  korean: { email: "minjun@demo.test", password: "Minjun-demo-2026", clientId: 534 },
  bulk: { email: "bulk@demo.test", password: "Bulk-demo-2026", clientId: 540 },
  ten: { email: "ten@demo.test", password: "Ten-demo-2026", clientId: 541 },
} as const;

type Login = (typeof invoiceDemoLogins)[keyof typeof invoiceDemoLogins];

export function invoiceUsers(): WhmcsUser[] {
  const { turkish, cyrillic, arabic, korean, bulk, ten } = invoiceDemoLogins;
  return [
    user(631, "Ayşe", "Yılmaz", turkish),
    user(632, "Дмитрий", "Волков", cyrillic),
    user(633, "ليلى", "حداد", arabic),
    user(634, "Min-jun", "Kim", korean),
    user(640, "Bea", "Bulk", bulk),
    user(641, "Tim", "Ten", ten),
  ];
}

export function invoiceClients(): WhmcsClient[] {
  const { turkish, cyrillic, arabic, korean, bulk, ten } = invoiceDemoLogins;
  return [
    client(turkish, 631, "Ayşe", "Yılmaz", 3, {
      companyname: "Boğaziçi Bulut Yazılım A.Ş.",
      address1: "Büyükdere Cad. No: 185",
      city: "İstanbul",
      state: "İstanbul",
      postcode: "34394",
      countryCode: "TR",
      phoneCc: 90,
      phonenumber: "2125550188",
      taxId: "TR1234567890",
    }),
    client(cyrillic, 632, "Дмитрий", "Волков", 4, {
      address1: "12 MG Road, Ashok Nagar",
      city: "Bengaluru",
      state: "Karnataka",
      postcode: "560001",
      countryCode: "IN",
      phoneCc: 91,
      phonenumber: "8041234567",
      taxId: "29ABCDE1234F1Z5",
    }),
    client(arabic, 633, "ليلى", "حداد", 5, {
      companyname: "شركة السحاب للاستضافة",
      address1: "شارع الشيخ زايد، برج السحاب، الطابق 12",
      city: "دبي",
      state: "دبي",
      postcode: "00000",
      countryCode: "AE",
      phoneCc: 971,
      phonenumber: "45550123",
    }),
    client(korean, 634, "Min-jun", "Kim", 5, {
      companyname: "Hanbit Cloud Co., Ltd.",
      address1: "152 Teheran-ro, Gangnam-gu",
      city: "Seoul",
      state: "Seoul",
      postcode: "06236",
      countryCode: "KR",
      phoneCc: 82,
      phonenumber: "25550199",
    }),
    client(bulk, 640, "Bea", "Bulk", 1, {
      companyname: "Bulk Hosting Inc.",
      address1: "500 Market Street",
      city: "San Francisco",
      state: "California",
      postcode: "94105",
      countryCode: "US",
      phoneCc: 1,
      phonenumber: "4155550100",
    }),
    client(ten, 641, "Tim", "Ten", 2, {
      address1: "Schillerstraße 10",
      city: "Hamburg",
      state: "Hamburg",
      postcode: "20095",
      countryCode: "DE",
      phoneCc: 49,
      phonenumber: "40 5550110",
      taxId: "DE998877665",
      creditCents: 500,
    }),
  ];
}

function user(id: number, firstname: string, lastname: string, login: Login): WhmcsUser {
  return {
    id,
    firstname,
    lastname,
    email: login.email,
    password: login.password,
    datecreated: "2025-01-15 10:00:00",
    twoFactorEnabled: false,
  };
}

type Address = Pick<
  WhmcsClient,
  "address1" | "city" | "state" | "postcode" | "countryCode" | "phoneCc" | "phonenumber"
> &
  Partial<WhmcsClient>;

function client(
  login: Login,
  userId: number,
  firstname: string,
  lastname: string,
  currencyId: number,
  address: Address,
): WhmcsClient {
  return {
    id: login.clientId,
    uuid: `5a7d1c2e-0000-4000-8000-${String(login.clientId).padStart(12, "0")}`,
    firstname,
    lastname,
    companyname: "",
    email: login.email,
    address2: "",
    taxId: "",
    status: "Active",
    creditCents: 0,
    currencyId,
    groupid: 0,
    datecreated: "2025-01-15",
    defaultgateway: "stripe",
    lastLogin: null,
    users: [{ userId, isOwner: true }],
    ...address,
  };
}
