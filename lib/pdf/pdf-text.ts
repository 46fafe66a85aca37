import { hasRtl, visualRuns } from "./bidi-runs";

/** What of pdfkit's document the text helpers need (kept narrow so they are easy to follow). */
export type Doc = PDFKit.PDFDocument;

type Box = { x: number; y: number; width: number };
type Style = { font: "regular" | "bold"; size: number; color: string; align?: "left" | "right" };

/**
 * Draws one piece of text inside a box and returns the height it used. Left-to-right text wraps
 * inside the box as usual. Text with Arabic or Hebrew is laid out by the bidi algorithm as one line
 * (runs drawn in visual order, right-aligned when the paragraph is right-to-left) and shrunk to the
 * box width if needed, so it can never spill into the next column.
 */
export function drawText(doc: Doc, text: string, box: Box, style: Style): number {
  doc.font(style.font).fontSize(style.size).fillColor(style.color);
  if (!hasRtl(text)) {
    const options = { width: box.width, align: style.align ?? "left" } as const;
    doc.text(text, box.x, box.y, options);
    return doc.heightOfString(text, options);
  }
  const { runs, rtlParagraph } = visualRuns(text);
  // Right-to-left runs are drawn word by word (in reverse order) with the gaps measured here:
  // shaping never crosses a space, and pdfkit loses some spaces inside a reversed Arabic run.
  const pieces = runs.flatMap((run) =>
    run.rtl
      ? run.text
          .split(/(\s+|[()[\]{}<>«»])/)
          .filter(Boolean)
          .reverse()
      : [run.text],
  );
  let size = style.size;
  const widthAt = () => pieces.reduce((sum, piece) => sum + doc.widthOfString(piece), 0);
  while (widthAt() > box.width && size > 5) doc.fontSize((size -= 0.5));
  const total = widthAt();
  const alignRight = style.align === "right" || (style.align === undefined && rtlParagraph);
  let x = alignRight ? box.x + box.width - total : box.x;
  for (const piece of pieces) {
    if (piece.trim() !== "") doc.text(piece, x, box.y, { lineBreak: false });
    x += doc.widthOfString(piece);
  }
  const height = doc.currentLineHeight(true);
  doc.fontSize(style.size);
  return height;
}
