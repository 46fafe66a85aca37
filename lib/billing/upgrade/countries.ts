/**
 * ISO 3166-1 alpha-2 codes, the form WHMCS takes for a client's country (which decides its tax).
 * Names are never stored here: the page asks Intl.DisplayNames for them in the reader's language.
 */
export const COUNTRY_CODES = [
  ..."AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ".split(" "),
  ..."BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ".split(" "),
  ..."CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ".split(" "),
  ..."DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR".split(" "),
  ..."GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY".split(" "),
  ..."HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP".split(" "),
  ..."KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY".split(" "),
  ..."MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ".split(" "),
  ..."NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA".split(
    " ",
  ),
  ..."RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ".split(" "),
  ..."TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ".split(" "),
  ..."VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW".split(" "),
] as const;

const known = new Set<string>(COUNTRY_CODES);

export function isCountryCode(value: string): boolean {
  return known.has(value);
}

export type CountryOption = { code: string; name: string };

/** Every country with its name in `locale`, sorted as a reader of that language expects. */
export function countryOptions(locale: string): CountryOption[] {
  const names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
  const collator = new Intl.Collator(locale);
  return COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
}
