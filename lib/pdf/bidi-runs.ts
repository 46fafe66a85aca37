import bidiFactory from "bidi-js";

/**
 * Splits a line of text into direction runs in *visual* (left-to-right drawing) order, using the
 * Unicode Bidirectional Algorithm. Each run keeps its characters in logical order: the font engine
 * (fontkit, through pdfkit) shapes Arabic/Hebrew runs and lays them out right to left itself, so
 * only the order of the runs needs fixing here. Mirrored characters (brackets) are swapped in RTL runs.
 */
export type VisualRun = { text: string; rtl: boolean };

const bidi = bidiFactory();
const RTL_CHARS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

export function hasRtl(text: string): boolean {
  return RTL_CHARS.test(text);
}

export function visualRuns(text: string): { runs: VisualRun[]; rtlParagraph: boolean } {
  if (!hasRtl(text)) return { runs: text ? [{ text, rtl: false }] : [], rtlParagraph: false };
  const embedding = bidi.getEmbeddingLevels(text);
  const mirrored = bidi.getMirroredCharactersMap(text, embedding.levels);
  const chars = [...text].map((ch, i) => mirrored.get(i) ?? ch);
  // Logical runs of equal level (index by UTF-16 position: bidi-js reports per code unit).
  const runs: { text: string; level: number }[] = [];
  let position = 0;
  for (const ch of chars) {
    const level = embedding.levels[position] ?? 0;
    position += ch.length;
    const last = runs[runs.length - 1];
    if (last && last.level === level) last.text += ch;
    else runs.push({ text: ch, level });
  }
  // UBA rule L2: from the highest level down to the lowest odd one, reverse every maximal
  // sequence of runs at that level or above.
  const max = Math.max(...runs.map((r) => r.level));
  const minOdd = Math.min(...runs.map((r) => r.level).filter((l) => l % 2 === 1), max);
  for (let level = max; level >= Math.max(1, minOdd); level--) {
    for (let i = 0; i < runs.length;) {
      if ((runs[i]?.level ?? 0) < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < runs.length && (runs[j]?.level ?? 0) >= level) j++;
      runs.splice(i, j - i, ...runs.slice(i, j).reverse());
      i = j;
    }
  }
  return {
    runs: runs.map((r) => ({ text: r.text, rtl: r.level % 2 === 1 })),
    rtlParagraph: (embedding.paragraphs[0]?.level ?? 0) % 2 === 1,
  };
}
