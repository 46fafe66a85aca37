import type { WhmcsClient } from "../state/types";

/**
 * The sandbox hoster's tax rules (Setup > Payments > Tax Configuration in a real WHMCS): one level,
 * by the client's country. The hoster sits in DE; an EU business client outside DE with a VAT
 * number is reverse-charged (0 %), as WHMCS's "EU VAT" settings do.
 */
export const HOSTER_COUNTRY = "DE";

const RATES: Record<string, string> = {
  DE: "19.00",
  FR: "20.00",
  NL: "21.00",
  AT: "20.00",
  IT: "22.00",
  ES: "21.00",
  GB: "20.00",
};

const EU = new Set(["AT", "BE", "DE", "DK", "ES", "FI", "FR", "IE", "IT", "NL", "PL", "PT", "SE"]);

/** Percent as WHMCS stores it ("19.00"); "0.00" where no rule applies (e.g. US). */
export function taxRateFor(client: WhmcsClient): string {
  const country = client.countryCode.toUpperCase();
  const reverseCharge = EU.has(country) && country !== HOSTER_COUNTRY && client.taxId.trim() !== "";
  if (reverseCharge) return "0.00";
  return RATES[country] ?? "0.00";
}
