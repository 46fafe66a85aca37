import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The invoice PDF's fonts, from the `dejavu-fonts-ttf` npm package: a fresh server has no system
 * fonts to rely on. DejaVu Sans covers Latin, Cyrillic, Greek, Arabic and Hebrew and the currency
 * signs ₺ ₹ ₩ ₪ €, so one family renders every name and amount the portal shows (CJK is not covered).
 */
export type PdfFonts = { regular: Buffer; bold: Buffer };

let cached: PdfFonts | null = null;

export function pdfFonts(): PdfFonts {
  if (cached) return cached;
  // Resolved from the working directory: the portal always runs from the project root, and a
  // bundler-rewritten require.resolve would point into the build output instead.
  const folder = join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
  cached = {
    regular: readFileSync(join(folder, "DejaVuSans.ttf")),
    bold: readFileSync(join(folder, "DejaVuSans-Bold.ttf")),
  };
  return cached;
}
