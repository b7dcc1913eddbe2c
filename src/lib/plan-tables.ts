import type { Block, Table } from '../pipeline/types.ts';
import type { ReportDocument } from '../schema/report.ts';
import { flattenSections } from './report-nav.ts';

/** One indicator row of a plan's indicator table, with its figures by year, kept as printed. */
export interface PlanIndicator {
  report: string;
  /** Section and table id, for links. */
  section: string;
  table: string;
  /** The table's caption as printed: its own (`表 1：…`), or the title of the box it stands in (`专栏 2 …`). */
  caption: string;
  /** The category row above it (`一、经济发展（6 项）`). */
  group: string | null;
  /** The translation units of the caption (`table-1:caption`, `box-2:title`) and of the category row's cell (`r2c0`). */
  captionUnit: string;
  groupCell: string | null;
  /** The indicator as printed, with its number and unit (`1.国内生产总值（GDP）（亿元）`). */
  name: string;
  /** Unit from the last bracket of the name (`亿元`, `%`), if any. */
  unit: string | null;
  /** 预期性 (expected) or 约束性 (binding), as printed; null where the cell is empty. */
  attribute: string | null;
  /** Figures by year; `kind` says whether the column is a result (完成) or a target (目标). */
  values: { year: number; kind: 'actual' | 'target'; text: string; cell: string }[];
  /** The growth column (年均增长 / 累计) as printed, if any. */
  growth: string | null;
  line: number;
  /** Where the name, attribute and growth cells are (`r<row>c<column>`; each value carries its own), the keys of their translation units. */
  cells: { name: string; attribute: string; growth: string | null };
}

/** Column labels from one or two header rows, spans resolved: `2020 年` over `完成` gives `2020 年 完成`. */
function columnLabels(table: Table): string[] {
  const headers = table.rows.filter((row) => row.kind === 'header');
  const labels: string[] = Array(table.columns).fill('');
  const occupied: boolean[][] = headers.map(() => Array(table.columns).fill(false));
  headers.forEach((row, rowIndex) => {
    let column = 0;
    for (const cell of row.cells) {
      while (occupied[rowIndex]![column]) column++;
      for (let span = 0; span < (cell.colSpan ?? 1); span++) {
        labels[column + span] = `${labels[column + span]} ${cell.text}`.trim();
        for (let below = 1; below < (cell.rowSpan ?? 1); below++) occupied[rowIndex + below]![column + span] = true;
      }
      column += cell.colSpan ?? 1;
    }
  });
  return labels.map((label) => label.replace(/\s+/g, ' '));
}

/**
 * Indicator tables (a year column, a 属性 column) as structured data. Which column is the name, a year's result, a
 * target, the growth or the attribute is read from the header labels, not from positions.
 */
export function planIndicators(document: ReportDocument): PlanIndicator[] {
  const results: PlanIndicator[] = [];
  for (const section of flattenSections(document.tree.sections)) {
    const tables = section.blocks.flatMap((block: Block): { table: Table; caption: string; captionUnit: string }[] =>
      block.type === 'table'
        ? [{ table: block, caption: `${block.label ?? ''}${block.title ?? ''}`, captionUnit: `${block.id}:caption` }]
        : block.type === 'box'
          ? block.blocks.filter((inner): inner is Table => inner.type === 'table').map((table) => ({ table, caption: `${block.label}${block.title}`, captionUnit: `${block.id}:title` }))
          : [],
    );
    for (const { table, caption, captionUnit } of tables) {
      const labels = columnLabels(table);
      const attributeColumn = labels.findIndex((label) => label.includes('属性'));
      const nameColumn = labels.findIndex((label) => /指\s*标/.test(label));
      if (attributeColumn === -1 || nameColumn === -1) continue;
      const growthColumn = labels.findIndex((label) => /增长|累计/.test(label));
      const yearColumns = labels.flatMap((label, column) => {
        const year = /(\d{4})\s*年/.exec(label);
        return year && column !== growthColumn ? [{ column, year: Number(year[1]), kind: /目标/.test(label) ? ('target' as const) : ('actual' as const) }] : [];
      });
      let group: string | null = null;
      let groupCell: string | null = null;
      for (const [rowIndex, row] of table.rows.entries()) {
        if (row.kind === 'group') {
          group = row.cells.map((cell) => cell.text).join('');
          groupCell = `r${rowIndex}c0`;
        }
        if (row.kind !== 'body' && row.kind !== 'sub') continue;
        const cell = (column: number) => row.cells[column]?.text ?? '';
        const name = cell(nameColumn);
        results.push({
          report: document.report.id,
          section: section.id,
          table: table.id,
          caption,
          captionUnit,
          group,
          groupCell,
          name,
          unit: /[（(]([^（）()]+)[）)]\s*$/.exec(name)?.[1] ?? null,
          attribute: cell(attributeColumn) || null,
          values: yearColumns.map(({ column, year, kind }) => ({ year, kind, text: cell(column), cell: `r${rowIndex}c${column}` })),
          growth: growthColumn === -1 ? null : cell(growthColumn) || null,
          line: row.lines.start,
          cells: { name: `r${rowIndex}c${nameColumn}`, attribute: `r${rowIndex}c${attributeColumn}`, growth: growthColumn === -1 ? null : `r${rowIndex}c${growthColumn}` },
        });
      }
    }
  }
  return results;
}
