import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import { HTMLElement, parse } from 'node-html-parser';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildEnv, siteBuildSteps } from '../../scripts/site-build-steps.ts';
import { serveStatic } from '../../scripts/static-server.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { normalizePunctuation } from '../../src/pipeline/index.ts';
import { copyProject } from './project-copy.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PENDING = 'yongji-2023-plan-report';
const TRANSLATED = 'yanhu-2022-work-report';
const en = useTranslations('en');
const zh = useTranslations('zh');

interface SectionJson {
  id: string;
  kind: string;
  label: string | null;
  title: string | null;
  children: SectionJson[];
}
const find = (sections: SectionJson[], id: string): SectionJson => sections.flatMap((section) => [section, ...section.children]).find((section) => section.id === id)!;
/** Text of an element with each run marked Chinese written as [zh:…], so a test sees which text carries the mark. */
const marked = (element: HTMLElement): string =>
  element.childNodes.map((node) => (node instanceof HTMLElement ? (node.getAttribute('lang') === 'zh-CN' ? `[zh:${node.textContent}]` : marked(node)) : node.textContent)).join('');

describe('a report published without English headings or translation', () => {
  it('has English pages with the Chinese headings and text marked as Chinese under the pending notice, valid and accessible', { timeout: 300_000 }, async () => {
    // A copy of the project where one report has neither headings nor translation (as add-report leaves a new one),
    // one of its parts and one part of a translated report are unnumbered headings, built from the committed content.
    const copy = copyProject('pending');
    rmSync(join(copy, 'content', 'headings', `${PENDING}.json`));
    rmSync(join(copy, 'content', 'translations', `${PENDING}.json`));
    const edit = (id: string, sectionId: string) => {
      const file = join(copy, 'content', 'reports', `${id}.json`);
      const document = JSON.parse(readFileSync(file, 'utf8'));
      Object.assign(find(document.tree.sections, sectionId), { kind: 'unnumbered', label: null });
      writeFileSync(file, `${JSON.stringify(document, null, 1)}\n`);
      return document as { report: { title: { en: string; zh: string } }; tree: { sections: SectionJson[] } };
    };
    const pending = edit(PENDING, '2');
    edit(TRANSLATED, '1');
    const dist = join(copy, 'dist');
    for (const { args } of siteBuildSteps(copy, dist, { content: false })) {
      const result = spawnSync(process.execPath, args, { cwd: copy, encoding: 'utf8', env: buildEnv });
      expect(result.status, result.stdout + result.stderr).toBe(0);
    }
    const page = (path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
    const title = (id: string) => normalizePunctuation(find(pending.tree.sections, id).title!);

    // The section page: "(2) " then the Chinese title marked as Chinese; no English heading, no "original" repeated.
    const section = page(`en/reports/${PENDING}/3-2`);
    const h1 = section.querySelector('main h1')!;
    expect(marked(h1)).toBe(`(2) [zh:${title('3-2')}]`);
    expect(h1.querySelector('.heading-original')).toBeNull();
    expect(section.querySelector('main .notice')!.textContent).toBe(en('translation.pending'));
    expect(section.querySelectorAll('main p.zh-text').every((paragraph) => paragraph.getAttribute('lang') === 'zh-CN')).toBe(true);
    expect(section.querySelectorAll('main p.zh-text').length).toBeGreaterThan(0);
    // Breadcrumb, previous and next, contents: the Chinese titles, marked.
    expect(marked(section.querySelector('.breadcrumb li:nth-child(3) a')!)).toBe(`Part 3 [zh:${title('3')}]`);
    expect(marked(section.querySelector('.pager a[rel="prev"]')!)).toBe(`← ${en('section.previous')}${en('section.separator')}(1) [zh:${title('3-1')}]`);
    expect(marked(section.querySelector('.pager a[rel="next"]')!)).toBe(`${en('section.next')}${en('section.separator')}(3) [zh:${title('3-3')}] →`);
    expect(marked(section.querySelector('.toc a[aria-current="page"]')!)).toBe(`(2) [zh:${title('3-2')}]`);
    // A title and a description cannot mark a language: they give the Chinese heading with the report's English title.
    expect(section.querySelector('title')!.textContent).toBe(`(2) ${title('3-2')} · ${pending.report.title.en} · ${en('site.name')}`);
    expect(section.querySelector('meta[name="description"]')!.getAttribute('content')).toBe(`(2) ${title('3-2')} · ${pending.report.title.en}`);

    // The unnumbered part: its title alone in both languages, wherever it is listed.
    expect(marked(page(`en/reports/${PENDING}/2`).querySelector('main h1')!)).toBe(`[zh:${title('2')}]`);
    expect(page(`zh/reports/${PENDING}/2`).querySelector('main h1')!.textContent.trim()).toBe(title('2'));
    expect(marked(page(`en/reports/${PENDING}/1-7`).querySelector('.pager a[rel="next"]')!)).toBe(`${en('section.next')}${en('section.separator')}[zh:${title('2')}] →`);
    expect(page(`zh/reports/${PENDING}`).querySelectorAll('.toc a').map((link) => link.textContent)).toContain(title('2'));
    const translatedPart = page(`en/reports/${TRANSLATED}/1`).querySelector('main h1')!;
    expect(translatedPart.childNodes[0]!.textContent).not.toMatch(/^Part|^\s/);
    expect(translatedPart.querySelector('.heading-original')!.textContent).not.toMatch(/^一、/);

    // The report page says the headings are pending and lists the sections by their Chinese titles.
    const report = page(`en/reports/${PENDING}`);
    expect(report.querySelector('section.toc .notice')!.textContent).toBe(en('translation.headingsPending'));
    expect(marked(report.querySelector(`.toc a[href$="/${PENDING}/3-2/"]`)!)).toBe(`(2) [zh:${title('3-2')}]`);
    expect(page(`en/reports/${TRANSLATED}`).querySelector('section.toc .notice')).toBeNull();

    // Nothing was lost: no English or Chinese page of the report says so.
    const reportPages = (locale: string) => [`${locale}/reports/${PENDING}`, ...readdirSync(join(dist, locale, 'reports', PENDING), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `${locale}/reports/${PENDING}/${entry.name}`)];
    for (const path of [...reportPages('en'), ...reportPages('zh')]) {
      const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
      expect(html, path).not.toContain(en('section.lostHeading'));
      expect(html, path).not.toContain(zh('section.lostHeading'));
    }

    // The about page lists its state.
    for (const [locale, t] of [['en', en], ['zh', zh]] as const) {
      const rows = page(`${locale}/about`).querySelectorAll('.table-wrap[aria-labelledby="translations"] tbody tr');
      const state = (id: string) => rows.find((row) => row.querySelector(`a[href$="/reports/${id}/"]`))!.querySelector('td[data-state]')!;
      expect(state(PENDING).getAttribute('data-state')).toBe('pending');
      expect(state(PENDING).textContent).toBe(t('translation.state.pending'));
      expect(state(TRANSLATED).getAttribute('data-state')).toBe('translated');
    }

    // Valid HTML on every page of the report, both languages, and the about page.
    const validator = new HtmlValidate(JSON.parse(readFileSync(join(copy, '.htmlvalidate.json'), 'utf8')));
    const problems: string[] = [];
    for (const path of [...reportPages('en'), ...reportPages('zh'), 'en/about', 'zh/about']) {
      const file = join(dist, path, 'index.html');
      const result = await validator.validateString(readFileSync(file, 'utf8'), file);
      problems.push(...result.results.flatMap((entry) => entry.messages.map((message) => `${path}: ${message.ruleId}: ${message.message}`)));
    }
    expect(problems).toEqual([]);

    // axe, and every Chinese run of the English pages inside a zh-CN element (WCAG 3.1.2).
    if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install it with "apt-get install chromium" or set CHROMIUM_PATH`);
    const server = await serveStatic(dist);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
    try {
      const violations: string[] = [];
      for (const path of [`en/reports/${PENDING}/3-2`, `en/reports/${PENDING}/2`, `en/reports/${PENDING}`, 'en/about']) {
        const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
        const tab = await context.newPage();
        await tab.goto(`${server.url}/${path}/`);
        const results = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        violations.push(...results.violations.map((violation) => `${path}: ${violation.id}: ${violation.nodes[0]?.target.join(' ')}`));
        const unmarked = await tab.evaluate(() => {
          const found: string[] = [];
          const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement!;
            if (!/\p{Script=Han}/u.test(node.textContent ?? '') || parent.closest('script, style, [hidden], [aria-hidden="true"]')) continue;
            // The <title> cannot carry a language (checked above); everything in the body must.
            if (parent.closest('head')) continue;
            if (!(parent.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('zh')) found.push(`${parent.tagName.toLowerCase()}: ${node.textContent!.trim().slice(0, 30)}`);
          }
          return found;
        });
        violations.push(...unmarked.map((run) => `${path}: unmarked Chinese: ${run}`));
        await context.close();
      }
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
