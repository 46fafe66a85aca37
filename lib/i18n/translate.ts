import type { Messages } from "./messages/en";

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Messages>;
export type MessageValues = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

const PLURAL = /\{(\w+), plural, ((?:[^{}]*\{[^{}]*\})+)\s*\}/g;
const PLURAL_CASE = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

/**
 * A small ICU subset: `{name}` placeholders and `{count, plural, =0 {…} one {#…} other {#…}}`,
 * with plural categories from Intl.PluralRules so each locale follows its own grammar.
 */
export function createTranslator(locale: string, messages: Messages): Translate {
  const pluralRules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  return (key, values = {}) => {
    const template = lookup(messages, key);
    const withPlurals = template.replace(PLURAL, (_match, name: string, cases: string) => {
      const count = Number(values[name] ?? 0);
      const options = new Map<string, string>();
      for (const [, selector = "", text = ""] of cases.matchAll(PLURAL_CASE)) {
        options.set(selector, text);
      }
      const chosen =
        options.get(`=${count}`) ?? options.get(pluralRules.select(count)) ?? options.get("other");
      return (chosen ?? "").replaceAll("#", numbers.format(count));
    });
    return withPlurals.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in values ? String(values[name]) : match,
    );
  };
}

function lookup(messages: Messages, key: string): string {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    node =
      typeof node === "object" && node !== null
        ? (node as Record<string, unknown>)[part]
        : undefined;
  }
  return typeof node === "string" ? node : key;
}
