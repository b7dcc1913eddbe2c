import { lineAt, slicePiece, type Piece } from './piece.ts';
import { NOTE_ITEM, noteNumber } from './classify.ts';
import { ReportError } from './errors.ts';
import type { Note, Warning } from './types.ts';

/**
 * The notes appendix: numbered explanations of terms (`1. “六稳”：稳就业…`). Label and text are split at the first
 * colon; a label alone on its line takes the next paragraph as its text. Page-break joins have already run.
 */
export function parseNotes(pieces: Piece[]): { notes: Note[]; warnings: Warning[] } {
  const notes: Note[] = [];
  const warnings: Warning[] = [];
  for (const piece of pieces) {
    const numbered = NOTE_ITEM.exec(piece.text);
    if (numbered) {
      const number = noteNumber(numbered);
      const expected = (notes.at(-1)?.number ?? 0) + 1;
      if (number !== expected) {
        throw new ReportError(piece.lines.start, `note numbering ${number === expected - 1 ? 'repeats' : 'jumps'}: expected note ${expected}, found ${number}`);
      }
      const body = piece.text.slice(numbered[0].length);
      const colon = body.search(/[：:]/);
      const marker = numbered[0].trim();
      if (colon > 0) {
        notes.push({ number, marker, label: body.slice(0, colon), separator: body[colon]!, text: body.slice(colon + 1), lines: { ...piece.lines } });
      } else if (piece.anchors.length > 1) {
        // Label and explanation on consecutive lines of one paragraph.
        const second = piece.anchors[1]!.offset;
        notes.push({ number, marker, label: body.slice(0, second - numbered[0].length), separator: '', text: slicePiece(piece, second).text, lines: { ...piece.lines } });
      } else {
        notes.push({ number, marker, label: body, separator: '', text: '', lines: { ...piece.lines } });
      }
      continue;
    }
    const last = notes.at(-1);
    if (!last) throw new ReportError(piece.lines.start, 'text in the notes appendix before the first numbered note');
    if (last.text !== '') {
      warnings.push({ line: lineAt(piece, 0), message: `unnumbered paragraph after note ${last.number} is kept as part of it` });
      last.text += '\n';
    }
    last.text += piece.text;
    last.lines.end = piece.lines.end;
  }
  return { notes, warnings };
}
