// Moved to lib/i18n so the payment components share it; kept here for the environment pages.
export { formatMessage } from "@/lib/i18n/format-message";
