import type { Piece } from './piece.ts';
import type { Table, TableCell, TableRow } from './types.ts';
import { NUMERAL_CHARS } from './chinese-numerals.ts';

const GROUP_ROW = new RegExp(`^[${NUMERAL_CHARS}]+、`);
const NUMBERED_ROW = /^\d+[.．、]?$|^\d+[.．、]/;
const NOTE_ROW = /^注[：:]/;

/**
 * Header cells with spans, from up to two header rows. A heading followed by an empty cell in the first row,
 * over two filled cells in the second, spans both columns (`2020 年` over `完成` and `年均增长(%)`); a heading over
 * an empty cell in the second row spans both rows.
 */
function spanHeader(first: string[], second: string[] | null): TableCell[][] {
  if (second === null) return [first.map((text) => ({ text }))];
  const top: TableCell[] = [];
  const covered = new Set<number>();
  for (let column = 0; column < first.length; column++) {
    if (covered.has(column)) continue;
    const cell: TableCell = { text: first[column]! };
    let colSpan = 1;
    while (column + colSpan < first.length && first[column + colSpan] === '' && second[column + colSpan] !== '' && first[column] !== '') colSpan++;
    if (colSpan > 1) cell.colSpan = colSpan;
    for (let offset = 1; offset < colSpan; offset++) covered.add(column + offset);
    if (colSpan === 1 && (second[column] ?? '') === '') cell.rowSpan = 2;
    top.push(cell);
  }
  const bottom: TableCell[] = [];
  second.forEach((text, column) => {
    const spannedFromAbove = top.some((cell, index) => cell.rowSpan === 2 && columnOf(top, index) === column);
    if (!spannedFromAbove) bottom.push({ text });
  });
  return [top, bottom];
}

/** Column index of the nth cell of a header row, counting spans. */
function columnOf(row: TableCell[], index: number): number {
  return row.slice(0, index).reduce((sum, cell) => sum + (cell.colSpan ?? 1), 0);
}

/**
 * Builds a table from TAB-separated rows. Cells are kept verbatim, empty ones included. The first row is a
 * header; a second row with an empty first cell is a second header row.
 */
export function buildTable(rows: Piece[], id: string, label: string | null, title: string | null): Table {
  const cellsOf = (piece: Piece) => piece.text.split('\t');
  const columns = Math.max(...rows.map((row) => cellsOf(row).length));
  const padded = (piece: Piece) => {
    const cells = cellsOf(piece);
    return [...cells, ...Array<string>(columns - cells.length).fill('')];
  };
  const first = rows[0]!;
  const second = rows[1];
  const hasSecondHeader = second !== undefined && cellsOf(second)[0] === '' && !GROUP_ROW.test(cellsOf(second)[0]!);
  const headerRows = spanHeader(padded(first), hasSecondHeader ? padded(second!) : null);
  const result: TableRow[] = headerRows.map((cells, index) => ({ kind: 'header', cells, lines: rows[index]!.lines }));
  const body = rows.slice(headerRows.length);
  const numbered = body.some((row) => NUMBERED_ROW.test(cellsOf(row)[0]!));
  for (const row of body) {
    const cells = padded(row);
    const firstCell = cells[0]!;
    const filled = cells.filter((cell) => cell !== '').length;
    const kind: TableRow['kind'] = GROUP_ROW.test(firstCell) && filled === 1
      ? 'group'
      : NOTE_ROW.test(firstCell) && filled === 1
        ? 'note'
        : numbered && !NUMBERED_ROW.test(firstCell)
          ? 'sub'
          : 'body';
    result.push({ kind, cells: cells.map((text) => ({ text })), lines: row.lines });
  }
  return {
    type: 'table',
    id,
    label,
    title,
    columns,
    rows: result,
    lines: { start: rows[0]!.lines.start, end: rows.at(-1)!.lines.end },
  };
}
