/**
 * "Refill balance", the payment flow shared by refill / upgrade / invoice, the return page and the
 * Balance menu. Wording of menus and buttons from the hoster manual (seed/billing-via-whmcs.txt).
 * Added to en.ts as `payments`; client components receive this section as a prop.
 */
export const paymentsEn = {
  menu: {
    button: "Balance",
    refill: "Refill balance",
    upgrade: "Upgrade trial account",
    autoRefill: "Configure auto-refill",
    methods: "Payment methods",
  },
  refill: {
    title: "Refill balance",
    intro:
      "State the required sum using the slider or type it, choose your payment method and click Submit Payment.",
    trial:
      "Refilling the balance is available for billing accounts. Upgrade your trial account to add funds.",
    upgradeLink: "Upgrade trial account",
    noBilling:
      "No billing account is linked to this email yet, so the balance cannot be refilled here.",
    unavailable: "Refilling is not available right now. Please try again in a minute.",
    inProgress: "Your last payment is still being processed.",
    viewPayment: "See its status",
    previousFailed: "Your last payment did not go through",
  },
  flow: {
    stepAmount: "Amount and payment method",
    sliderLabel: "Amount",
    amountLabel: "Amount ({currency})",
    amountHint: "From {min} to {max}.",
    vatNote: "VAT is added at checkout.",
    fixedAmount: "Amount to pay",
    methodLegend: "Payment method",
    savedCard: "{brand} •••• {last4}, expires {month}/{year}",
    savedPaypal: "PayPal {email}",
    defaultMethod: "(default)",
    newCard: "New card",
    paypal: "PayPal",
    credit: "WHMCS credit",
    creditAvailable: "{amount} available",
    contact: "{name}: contact us at {email} to pay this way",
    submit: "Submit Payment",
    submitting: "Preparing your order…",
    errorsHeading: "There is a problem",
    amountFormat: "Enter an amount such as 25.00, with no more than {digits} decimal places.",
    amountFormatWhole: "Enter a whole amount such as 25.",
    amountBelowMin: "The amount must be at least {min}.",
    amountAboveMax: "The amount must be at most {max}.",
    methodRequired: "Choose a payment method.",
    stepConfirm: "Confirm your order",
    invoiceNumber: "Invoice {number}",
    net: "Net amount",
    vat: "VAT",
    total: "Total",
    alreadyPaid: "Already paid",
    saveCard: "Save this card for future payments and auto-refill",
    newCardNote: "You will enter your card details on the next page.",
    savedCardNote: "You won't need to enter card details again.",
    savedPaypalNote: "Your saved PayPal account {email} will be charged.",
    creditNote: "The total is paid from your WHMCS credit ({amount} available).",
    creditTooLow:
      "Your WHMCS credit ({credit}) does not cover the total of {total}. Go back and choose another payment method.",
    pay: "Pay {total}",
    paying: "Paying…",
    back: "Back",
    cancelling: "Cancelling the order…",
    errors: {
      unavailable: "We could not prepare your order right now. Please try again in a minute.",
      invalid: "Please check the amount and the payment method.",
      methodUnavailable: "This payment method cannot be used right now. Please choose another one.",
      creditTooLow: "Your WHMCS credit does not cover this amount. Please choose another method.",
      noBilling: "No billing account is linked to this email, so payments cannot be taken here.",
      invoiceChanged:
        "This invoice has changed or is already paid. Reload the page to see its current balance.",
      generic: "Something went wrong. Please try again.",
    },
  },
  reasons: {
    card_declined: "Your card was declined. Please use another card or payment method.",
    insufficient_funds:
      "Your card has insufficient funds. Please use another card or payment method.",
    authentication_failed:
      "3-D Secure authentication failed, so your card was not charged. Please try again.",
    authentication_required:
      "Your bank asks you to confirm this payment. Please pay again and complete the confirmation.",
    expired_card: "Your card has expired. Please use another card.",
    incorrect_cvc: "The card's security code is not correct. Please check it and try again.",
    incorrect_card_details: "The card details are not correct. Please check them and try again.",
    processing_error: "The card could not be processed. Please try again in a few minutes.",
    paypal_declined: "PayPal declined the payment. Please use another payment method.",
    cancelled_by_customer: "You cancelled the payment. Nothing was charged.",
    expired: "The payment was not completed in time and has been cancelled. Nothing was charged.",
    insufficient_credit: "Your WHMCS credit does not cover this payment. Nothing was charged.",
    invoice_not_payable: "This invoice can no longer be paid this way. Nothing was charged.",
    generic: "The payment could not be completed. Nothing was charged. Please try again.",
  },
  status: {
    title: "Payment",
    processing: "Processing your payment…",
    processingText:
      "This page updates by itself. You may leave it: we will notify you when the payment is done.",
    needs_action: "Authentication needed",
    needsActionText: "Your bank or PayPal asks you to confirm this payment.",
    continue: "Continue to confirm the payment",
    failed: "Payment failed",
    cancelled: "Payment cancelled",
    done: "Done",
    doneRefill: "Your balance has been refilled.",
    doneUpgrade: "Your account has been upgraded and funded.",
    doneInvoice: "Invoice {number} is paid.",
    newBalance: "New balance",
    balanceUnavailable: "Your new balance cannot be shown right now.",
    invoice: "Invoice",
    tryAgain: "Try again",
    toDashboard: "Back to the dashboard",
    toInvoice: "Back to the invoice",
    checkFailed: "We cannot check the payment right now. Still trying…",
  },
  invoice: {
    heading: "Pay invoice",
    intro: "Pay the balance due of this invoice.",
    otherCurrency: "This invoice is in another currency and cannot be paid here.",
    noMethods:
      "No payment method can be used for this invoice here. Contact us at {email} to pay it.",
  },
};

export type PaymentsMessages = typeof paymentsEn;
