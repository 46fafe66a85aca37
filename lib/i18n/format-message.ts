/**
 * The browser-side twin of lib/i18n/translate for one message section passed as a prop (client
 * components get their section of the catalogue, not the whole of it): `{name}`
 * placeholders and `{count, plural, one {…} other {…}}`, with the locale's plural rules.
 */
const PLURAL = /\{(\w+), plural, ((?:[^{}]*\{[^{}]*\})+)\s*\}/g;
const PLURAL_CASE = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

export function formatMessage(
  locale: string,
  template: string,
  values: Record<string, string | number> = {},
): string {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const withPlurals = template.replace(PLURAL, (_m, name: string, cases: string) => {
    const count = Number(values[name] ?? 0);
    const options = new Map<string, string>();
    for (const [, selector = "", text = ""] of cases.matchAll(PLURAL_CASE))
      options.set(selector, text);
    const chosen =
      options.get(`=${count}`) ?? options.get(rules.select(count)) ?? options.get("other");
    return (chosen ?? "").replaceAll("#", numbers.format(count));
  });
  return withPlurals.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
