/** "Payment methods" strings (Balance → Payment methods); spread into en.ts as `paymentMethods`. */
export const paymentMethodsEn = {
  title: "Payment methods",
  intro:
    "Select your default payment method, which will be used automatically while refilling, including auto-refill.",
  listHeading: "Saved cards and PayPal accounts",
  cardTitle: "{brand} ending in {last4}",
  cardGeneric: "Card",
  paypalTitle: "PayPal account {email}",
  paypal: "PayPal",
  expires: "Expires {date}",
  expiredOn: "Expired {date}",
  expiredBadge: "Expired",
  defaultBadge: "Default",
  makeDefault: "Make default",
  makeDefaultName: "Make default: {method}",
  makingDefault: "Saving…",
  remove: "Remove",
  removeName: "Remove {method}",
  removeQuestion: "Remove {method}? It can no longer be used for refills.",
  removeDefaultQuestion:
    "{method} is your default payment method. Choose the new default, then confirm the removal.",
  removeLastQuestion:
    "Remove {method}? It is your only saved payment method, so auto-refill will be switched off.",
  newDefaultLegend: "New default payment method",
  confirmRemove: "Yes, remove {method}",
  removing: "Removing…",
  cancel: "Cancel",
  defaultChanged: "{method} is now your default payment method.",
  removed: "{method} was removed.",
  removedAutoRefillOff:
    "{method} was removed. Auto-refill was switched off because no payment method is left.",
  notFound: "This payment method does not exist any more. The list has been updated.",
  newDefaultRequired: "Choose which payment method becomes the new default.",
  providerUnavailable:
    "We could not remove it at the payment provider right now. Nothing was changed; please try again in a few minutes.",
  invalidRequest: "The request was not valid. Please reload the page and try again.",
  emptyHeading: "No saved payment methods yet",
  empty:
    "When you pay with Refill balance by card or PayPal, tick the option to save it for future payments. It then appears here and can be used for quick refills and auto-refill.",
  refillLink: "Refill balance",
  autoRefillLink: "Configure auto-refill",
} as const;
