import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildEnv, siteBuildSteps } from '../../scripts/site-build-steps.ts';
import { copyProject } from './project-copy.ts';

const line = (n: number) => ({ start: n, end: n });
const paragraph = (id: string, text: string, n: number) => ({ type: 'paragraph', id, text, lines: line(n), marks: [], role: 'body', runIns: [], annotations: [] });

describe('appendices on the report page', () => {
  it('renders each appendix after the closing and before the notes, under its anchor, in both languages', { timeout: 240_000 }, async () => {
    // The parser does not find appendices yet: a copy of the project whose published content has two, built as it is.
    const copy = copyProject('appendices');
    try {
      const file = join(copy, 'content', 'reports', 'xinjiang-county-2023-work-report.json');
      const document = JSON.parse(readFileSync(file, 'utf8'));
      document.tree.appendices = [
        { id: 'a1', label: '附件1', title: '2023年民生实事', headingLines: line(900), lines: { start: 900, end: 903 }, blocks: [paragraph('p1', '一、新建改扩建中小学校5所。', 902), paragraph('p2', '二、完成农村改厕1000户。', 903)] },
        { id: 'a2', label: '附件2', title: null, headingLines: line(905), lines: { start: 905, end: 906 }, blocks: [paragraph('p1', '重点项目清单略。', 906)] },
      ];
      writeFileSync(file, `${JSON.stringify(document, null, 1)}\n`);
      const dist = join(copy, 'dist');
      for (const { args } of siteBuildSteps(copy, dist, { content: false })) {
        const result = spawnSync(process.execPath, args, { cwd: copy, encoding: 'utf8', env: buildEnv });
        expect(result.status, result.stdout + result.stderr).toBe(0);
      }

      const validator = new HtmlValidate(JSON.parse(readFileSync(join(copy, '.htmlvalidate.json'), 'utf8')));
      for (const locale of ['zh', 'en'] as const) {
        const path = join(dist, locale, 'reports', 'xinjiang-county-2023-work-report', 'index.html');
        const html = readFileSync(path, 'utf8');
        const report = await validator.validateString(html, path);
        expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))).toEqual([]);
        const page = parse(html);
        const order = [...page.querySelectorAll('main h2')].map((heading) => heading.id);
        expect(order.indexOf('a1-title')).toBe(order.indexOf('closing') + 1);
        expect(order.indexOf('a2-title')).toBe(order.indexOf('a1-title') + 1);
        expect(order.indexOf('notes')).toBe(order.indexOf('a2-title') + 1);

        const region = page.querySelector('section#a1')!;
        expect(region.getAttribute('aria-labelledby')).toBe('a1-title');
        const heading = region.querySelector('h2')!;
        if (locale === 'zh') expect(heading.textContent).toBe('附件1 2023年民生实事');
        else {
          expect(heading.childNodes[0]!.textContent).toBe('Appendix 1');
          expect(heading.querySelector('[lang="zh-CN"]')!.textContent).toBe('附件1 2023年民生实事');
          expect(region.querySelector('.notice')!.textContent).toContain('pending');
        }
        // The paragraphs, with the anchors prefixed by the appendix (a2 has its own p1), as Chinese text on both pages.
        expect(region.querySelectorAll('.para').map((element) => [element.id, element.querySelector('p.zh-text')!.getAttribute('lang'), element.querySelector('p.zh-text')!.textContent])).toEqual([
          ['a1-p1', 'zh-CN', '一、新建改扩建中小学校5所。'],
          ['a1-p2', 'zh-CN', '二、完成农村改厕1000户。'],
        ]);
        expect(page.querySelector('section#a2 .para')!.id).toBe('a2-p1');
        expect(page.querySelector('section#a2 h2')!.textContent).toContain(locale === 'zh' ? '附件2' : 'Appendix 2');
        expect(page.querySelector('.para#a1-p1')!.getAttribute('data-url')).toMatch(new RegExp(`/${locale}/reports/xinjiang-county-2023-work-report/#a1-p1$`));
        // The contents list ends with the appendices, linked to their anchors.
        const contents = page.querySelectorAll('.toc a').map((link) => link.getAttribute('href'));
        expect(contents.slice(-2)).toEqual([`/${locale}/reports/xinjiang-county-2023-work-report/#a1`, `/${locale}/reports/xinjiang-county-2023-work-report/#a2`]);
      }
      // The open data has them as the tree has them.
      expect(JSON.parse(readFileSync(join(dist, 'data', 'reports', 'xinjiang-county-2023-work-report.json'), 'utf8')).tree.appendices).toEqual(document.tree.appendices);
      expect(JSON.parse(readFileSync(join(dist, 'data', 'reports.json'), 'utf8')).reports.find((entry: { id: string }) => entry.id === 'xinjiang-county-2023-work-report').stats.appendices).toBe(2);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
