import { SANDBOX_URL } from "../playwright.config";
import { expectOneCharge } from "./fixtures/stripe-checks";
import { expect, test } from "./fixtures/test";
import { PaymentFlowPage, PaymentStatusPage } from "./pages/refill-page";
import { StripeCheckoutPage, TEST_CARDS } from "./pages/stripe-checkout-page";

/**
 * "Pay invoice" by a new card on Stripe's hosted page. oscar@other.test is a billing account with
 * a WHMCS client (DE) and one unpaid invoice, 3107 ($99.00 + 19 % VAT); no other spec pays it.
 * Its seeded saved Visa (e2e/fixtures/seed-payment-methods.ts) is left as it is: no card is saved.
 */
const oscar = { email: "oscar@other.test", password: "Oscar-other-2026" };

test("an unpaid invoice paid by a new card: its balance due, Stripe's page, Done, one WHMCS transaction", async ({
  page,
  loginPage,
  sandbox,
}) => {
  await loginPage.signInAndWait(oscar.email, oscar.password);
  await page.goto("/invoices/3107");
  const section = page.getByRole("region", { name: "Pay invoice" });
  await expect(section.getByTestId("fixed-amount")).toHaveText("$117.81");
  const flow = new PaymentFlowPage(page);
  await flow.chooseMethod("New card");
  await flow.submitOrder();
  const summary = await flow.readOrderSummary();
  expect(summary).toMatchObject({ invoice: "Invoice 3107", total: "$117.81", net: null });
  await flow.pay();

  await page.waitForURL(`${SANDBOX_URL}/c/pay/**`);
  const stripe = new StripeCheckoutPage(page);
  await stripe.waitFor("$117.81");
  await stripe.payWith(TEST_CARDS.visa, "$117.81");

  const status = new PaymentStatusPage(page);
  await expect(page).toHaveURL(new RegExp(`/billing/payments/${summary.paymentId}$`));
  await status.waitFor("Done");
  await expect(page.getByText("Invoice 3107 is paid.")).toBeVisible();
  await expect(status.total()).toHaveText("$117.81");
  // An invoice payment does not touch the platform balance, so none is shown.
  await expect(status.newBalance).toHaveCount(0);
  const [charge] = await expectOneCharge(sandbox, summary.paymentId ?? "", 11_781);

  await page.getByRole("link", { name: "Back to the invoice" }).click();
  await expect(page.getByTestId("balance-due")).toContainText("$0.00");
  await expect(page.getByRole("region", { name: "Pay invoice" })).toHaveCount(0);
  const transactions = page.getByRole("region", { name: "Transactions" }).locator("tbody tr");
  await expect(transactions).toHaveCount(1);
  await expect(transactions.first()).toContainText(charge?.id ?? "none");
  await expect(transactions.first()).toContainText("$117.81");

  await page.goto("/billing/payment-methods");
  await expect(page.getByTestId("payment-method")).toHaveCount(1);
});
