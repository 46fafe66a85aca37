/** "Upgrade trial account" strings (wording of the hoster manual); spread into en.ts as `upgrade`. */
export const upgradeEn = {
  title: "Upgrade trial account",
  intro:
    "Turn your trial account into a billing account: fill in your billing details and accept the Terms of Service, then choose a payment method and the amount to put on your balance.",
  progress: "Upgrade steps",
  stepDone: "done",
  stepCurrent: "current step",
  steps: {
    details: "Billing details",
    account: "Billing account",
    payment: "Payment method and amount",
    confirm: "Confirm and pay",
  },
  detailsIntro:
    "If you already have a billing account registered for {email}, it is connected automatically. Otherwise we create one for you and email you the billing panel address and your sign-in details.",
  requiredNote: "Fields marked with * are required.",
  optional: "optional",
  fields: {
    firstName: "First name",
    lastName: "Last name",
    companyName: "Company name",
    email: "Email",
    address1: "Street address",
    city: "City",
    state: "State or region",
    postcode: "Postcode",
    country: "Country",
    phoneNumber: "Phone number",
    taxId: "VAT number",
  },
  hints: {
    email: "Your billing account uses the email address of your platform account.",
    country: "Your country decides which VAT applies to your payments.",
    phoneNumber: "With the country code, for example +49 30 1234567.",
    taxId: "For businesses in the EU, for example DE123456789.",
  },
  countryPlaceholder: "Select your country",
  termsBefore: "I accept the",
  termsLink: "Terms of Service",
  submit: "Continue",
  submitting: "Setting up your billing account…",
  errorSummary: "There is a problem",
  errorSummaryIntro: "Please correct the fields below:",
  errors: {
    firstName: "Enter your first name.",
    lastName: "Enter your last name.",
    address1: "Enter your street address.",
    city: "Enter your city.",
    state: "Enter your state or region.",
    postcode: "Enter your postcode.",
    postcodeInvalid: "Enter a postcode with letters, digits, spaces or hyphens only.",
    country: "Select your country.",
    phoneNumber: "Enter your phone number.",
    phoneNumberInvalid: "Enter a phone number with at least 5 digits, for example +49 30 1234567.",
    taxIdInvalid: "Enter a VAT number with letters and digits only, for example DE123456789.",
    acceptTerms: "Accept the Terms of Service to continue.",
    tooLong: "This can have at most {max} characters.",
    invalidText: "Remove the characters < > and control characters from this field.",
  },
  outcome: {
    linked: "We linked your existing billing account.",
    created: "We created a billing account; we emailed you the sign-in details.",
    createdNoEmail:
      "We created a billing account, but we could not email you the sign-in details. Use “Forgot password?” in the billing panel with {email} to set your password.",
    createdForLogin:
      "We created a billing account for your existing billing login {email}. Sign in to the billing panel with its password.",
  },
  busy: "We are still setting up your billing account. Please reload this page in a minute.",
  unavailable:
    "We cannot reach the billing system right now, so nothing was changed. Please try again in a minute.",
  refused:
    "The billing system did not accept these details. Please check them and try again, or contact support.",
  paymentIntro:
    "Choose the payment method and the amount to put on your balance. Your account becomes a billing account as soon as the payment arrives.",
  notTrial: {
    heading: "Your account is already upgraded",
    body: "This account is a billing account, so there is nothing to upgrade. You can refill your balance at any time.",
  },
  noPlatform: {
    heading: "No trial account to upgrade",
    body: "Upgrading is for trial platform accounts. Your platform account is created with your first balance refill.",
  },
  platformUnavailable:
    "We cannot check your account right now because the platform is not answering. Please try again in a minute.",
  refill: "Refill balance",
  backHome: "Back to the dashboard",
};
