import { lineAt, slicePiece, type Piece } from './piece.ts';
import { APPENDIX_NOTE_ITEM, NOTE_ITEM, noteNumber } from './classify.ts';
import type { Note, Warning } from './types.ts';

/**
 * The notes appendix: numbered explanations of terms (`1. “六稳”：稳就业…`). Label and text are split at the first
 * colon; a label alone on its line takes the next paragraph as its text. Page-break joins have already run.
 */
export function parseNotes(pieces: Piece[]): { notes: Note[]; warnings: Warning[] } {
  const notes: Note[] = [];
  const warnings: Warning[] = [];
  let previousPrinted: number | null = null;
  for (const piece of pieces) {
    const numbered: RegExpExecArray | null = NOTE_ITEM.exec(piece.text) ?? APPENDIX_NOTE_ITEM.exec(piece.text) ?? yearLedNote(piece.text, (previousPrinted ?? 0) + 1);
    // An unnumbered note: `**“反梯度”发展战略：**…` or `“三保”：保工资…` with a short label before the colon.
    const unnumberedLabel = numbered ? null : /^([^：:。，]{1,30})[：:]/.exec(piece.text);
    const startsNote = numbered !== null || (unnumberedLabel !== null && (notes.length === 0 || notes.at(-1)!.marker === ''));
    if (startsNote) {
      // Notes are counted in print order; a printed number out of sequence is reported, not fatal (sources skip and repeat).
      const number = notes.length + 1;
      const printed: number | null = numbered ? noteNumber(numbered) : null;
      const expected: number = previousPrinted === null ? 1 : previousPrinted + 1;
      if (printed !== null && printed !== expected) warnings.push({ line: piece.lines.start, message: `note numbering ${printed === expected - 1 ? 'repeats' : 'jumps'}: expected note ${expected}, found ${numbered![0].trim()}` });
      if (printed !== null) previousPrinted = printed;
      const markerLength = numbered ? numbered[0].length : 0;
      const body = piece.text.slice(markerLength);
      const colon = body.search(/[：:]/);
      const marker = numbered ? numbered[0].trim() : '';
      if (colon > 0) {
        notes.push({ number, marker, label: body.slice(0, colon), separator: body[colon]!, text: body.slice(colon + 1), lines: { ...piece.lines } });
      } else if (piece.anchors.length > 1) {
        // Label and explanation on consecutive lines of one paragraph.
        const second = piece.anchors[1]!.offset;
        notes.push({ number, marker, label: body.slice(0, second - markerLength), separator: '', text: slicePiece(piece, second).text, lines: { ...piece.lines } });
      } else {
        notes.push({ number, marker, label: body, separator: '', text: '', lines: { ...piece.lines } });
      }
      continue;
    }
    const last = notes.at(-1);
    if (!last) {
      // A line before the first note (`（按报告中出现顺序排列）`): kept as a note without number or label.
      notes.push({ number: 1, marker: '', label: '', separator: '', text: piece.text, lines: { ...piece.lines } });
      warnings.push({ line: piece.lines.start, message: 'text in the notes appendix before the first numbered note is kept as a note of its own' });
      continue;
    }
    if (last.text !== '') {
      warnings.push({ line: lineAt(piece, 0), message: `unnumbered paragraph after note ${last.number} is kept as part of it` });
      last.text += '\n';
    }
    last.text += piece.text;
    last.lines.end = piece.lines.end;
  }
  return { notes, warnings };
}

/**
 * `27.2021年山西省政府确定的…`: a note whose label starts with a year reads like a decimal (`27.2021`); it is the
 * expected next note when its number is the next one and a year follows the dot.
 */
function yearLedNote(text: string, expected: number): RegExpExecArray | null {
  const match = new RegExp(`^(${expected})[.．](?=\\d{4}年|\\d+[：:])`).exec(text);
  return match;
}
