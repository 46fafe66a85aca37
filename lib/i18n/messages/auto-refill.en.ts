/** "Configure auto-refill" strings (Balance → Configure auto-refill); spread into en.ts as `autoRefill`. */
export const autoRefillEn = {
  title: "Configure auto-refill",
  intro:
    "When your balance falls below the sum you choose, it is refilled automatically with your default payment method.",
  statusHeading: "Status",
  statusOn: "Auto-refill is on: when your balance falls below {threshold}, {amount} is added.",
  statusOff: "Auto-refill is off.",
  statusPaused:
    "Auto-refill is paused after a failed payment. It starts again when you pay once by hand with Refill balance or save these settings again.",
  switchedOffNoMethod: "Auto-refill was switched off because no payment method is saved any more.",
  lastRun: "Last automatic refill: {date} — {status}",
  lastRunStatus: {
    processing: "in progress",
    needs_action: "waiting for you",
    done: "completed",
    failed: "failed",
    cancelled: "not completed",
    unknown: "unknown",
  },
  reasons: {
    authentication_required: "Your bank asked for authentication; pay once by hand to continue.",
    card_declined:
      "Your bank declined the payment. Pay once by hand or choose another default payment method.",
    insufficient_funds:
      "There were not enough funds for the payment. Pay once by hand when funds are available.",
    expired_card:
      "Your card has expired. Save a new card with your next refill and make it the default.",
    generic: "The last automatic refill did not go through. Pay once by hand to continue.",
    no_payment_method:
      "No payment method is saved. Save a card or PayPal account with your next refill.",
    method_unavailable:
      "Your default payment method cannot be charged right now. Choose another one or try again later.",
    no_billing_account: "Auto-refill needs a billing account.",
  },
  methodHeading: "Payment method",
  methodUsed: "Charged to your default payment method: {method}.",
  methodExpired: "This card has expired: make another payment method the default.",
  changeMethod: "Change it in Payment methods",
  noMethod:
    "To use auto-refill, save a card or PayPal account first: pay once with Refill balance and tick the option to save it for future payments.",
  noGuestPayPal:
    "PayPal payments made as a guest (without a PayPal account) cannot be used for auto-refill.",
  refillLink: "Refill balance",
  notEligible:
    "Auto-refill needs a billing account and a platform account. Both are set up with your first balance refill.",
  formHeading: "Settings",
  enabled: "Refill my balance automatically",
  threshold: "When my balance falls below ({currency})",
  thresholdHint: "For example 10.00",
  amount: "Refill amount ({currency})",
  amountHint: "Between {min} and {max}, in steps of {step}.",
  save: "Save auto-refill settings",
  saving: "Saving…",
  saved: "Auto-refill settings saved.",
  savedOff: "Auto-refill settings saved. Auto-refill is off.",
  switchOff: "Switch off auto-refill",
  switchingOff: "Switching off…",
  switchedOff: "Auto-refill is switched off.",
  cooldownNote:
    "At most one automatic refill runs at a time, and at least one hour passes between two of them.",
  errors: {
    summary: "Please correct the highlighted fields.",
    threshold: {
      required: "Enter the balance below which to refill.",
      invalid: "Enter an amount such as 10.00.",
      too_low: "Enter an amount above zero.",
      too_high: "Enter at most {max}.",
    },
    amount: {
      required: "Enter the amount to add.",
      invalid: "Enter an amount such as 50.00.",
      below_min: "Enter at least {min}.",
      above_max: "Enter at most {max}.",
      step: "Choose an amount in steps of {step}, starting at {min}.",
    },
    noMethod: "Save a payment method first, then switch auto-refill on.",
    noBillingAccount: "Auto-refill needs a billing account.",
  },
} as const;
