/** The demo logins the sandbox seeds; printed by `npm start` and used by the browser tests. */
export const demoUsers = {
  trial: {
    email: "trial@demo.test",
    password: "Trial-demo-2026",
    name: "Tess Trial",
    describe: "trial platform account, no billing account",
  },
  billing: {
    email: "billing@demo.test",
    password: "Billing-demo-2026",
    name: "Bill Billing",
    describe:
      "billing platform account linked to a WHMCS client with credit, invoices, environments",
  },
  whmcsOnly: {
    email: "whmcs@demo.test",
    password: "Whmcs-demo-2026",
    name: "Wanda Whmcs",
    describe: "WHMCS client without a platform account",
  },
  bulk: {
    email: "bulk@demo.test",
    password: "Bulk-demo-2026",
    name: "Bea Bulk",
    describe: "billing account with 1,000 environments (for pagination and benchmarks)",
  },
  veteran: {
    email: "veteran@demo.test",
    password: "Veteran-demo-2026",
    name: "Vera Veteran",
    describe: "billing account with two years of hourly charges (billing-history benchmark)",
  },
  upgrade: {
    email: "upgrade@demo.test",
    password: "Upgrade-demo-2026",
    name: "Uma Upgrade",
    describe: "trial platform account, no billing account (the upgrade browser test creates one)",
  },
  linked: {
    email: "linked@demo.test",
    password: "Linked-demo-2026",
    name: "Lina Linked",
    describe:
      "trial platform account whose email already has a WHMCS client with credit (upgrade links it)",
  },
  upgradeCard: {
    email: "upgrade-card@demo.test",
    password: "Upgrade-card-2026",
    name: "Cara Card",
    describe: "trial platform account, no billing account (the card upgrade browser test)",
  },
  upgradePaypal: {
    email: "upgrade-paypal@demo.test",
    password: "Upgrade-paypal-2026",
    name: "Pia Paypal",
    describe: "trial platform account, no billing account (the PayPal upgrade browser test)",
  },
  newcomer: {
    email: "newcomer@demo.test",
    password: "Newcomer-demo-2026",
    name: "Nick Newcomer",
    describe: "billing account with one month of charges (billing-history benchmark baseline)",
  },
} as const;

export type DemoUserKey = keyof typeof demoUsers;
