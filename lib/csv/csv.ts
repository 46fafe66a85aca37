/**
 * RFC 4180 CSV: fields with a comma, a double quote or a line break are quoted, quotes doubled,
 * lines end with CRLF. A UTF-8 byte order mark lets spreadsheet programs read non-ASCII text.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Text that came from a user (an environment's name) could start a spreadsheet formula
 * (`=HYPERLINK(…)`); such text gets a leading apostrophe so it stays text (OWASP CSV injection).
 * Only for free text: numbers such as "-1.50" are written as they are.
 */
export function csvText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
