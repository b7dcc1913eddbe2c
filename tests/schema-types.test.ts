import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ReportTree } from '../src/pipeline/index.ts';
import { reportTreeSchema } from '../src/schema/report.ts';
import { buildSeed } from './helpers.ts';

/** The zod schema the site reads and the pipeline's own types describe the same JSON. */
describe('report schema', () => {
  it('has the same type as the pipeline output (checked by tsc in npm test)', () => {
    // Each direction must compile: a field added on one side only breaks the type check of `npm test`.
    const fromPipeline = (tree: ReportTree): z.infer<typeof reportTreeSchema> => tree;
    const fromSchema = (tree: z.infer<typeof reportTreeSchema>): ReportTree => tree;
    expect(fromSchema(fromPipeline(buildSeed('yanhu-2022-work-report').tree)).sections).toHaveLength(3);
    expect(reportTreeSchema.safeParse(buildSeed('yanhu-2022-work-report').tree).success).toBe(true);
  });

  it('rejects a section id that is not made of numbers, with a readable message', () => {
    const tree = structuredClone(buildSeed('yanhu-2022-work-report').tree);
    tree.sections[0]!.id = 'intro';
    const result = reportTreeSchema.safeParse(tree);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('section ids are numbers joined by hyphens (2-b1 in a second run)');
  });

  it('keeps appendices in the published tree and rejects an appendix id that is not a1, a2 …', () => {
    const tree = structuredClone(buildSeed('yanhu-2022-work-report').tree);
    const appendix = { id: 'a1', label: '附件1', title: '2022年民生实事', headingLines: { start: 400, end: 400 }, lines: { start: 400, end: 402 }, blocks: [] };
    tree.appendices = [appendix];
    expect(reportTreeSchema.parse(tree).appendices).toEqual([appendix]);
    tree.appendices = [{ ...appendix, id: 'appendix-1' }];
    expect(reportTreeSchema.safeParse(tree).error?.issues[0]?.message).toBe('appendix ids are a1, a2 …');
  });
});
