import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { englishTermSegments, linkedRuns, type EnglishTermCandidate } from '../../src/lib/english-term-links.ts';
import { buildGlossaryIndex } from '../../src/lib/glossary.ts';
import { englishLinkables, englishTermRenders } from '../../src/lib/term-renders.ts';
import type { Block } from '../../src/pipeline/types.ts';
import { glossaryEntrySchema } from '../../src/schema/glossary.ts';
import { siteBrowser } from '../browser.ts';

/**
 * Glossary terms linked in the English text of translated paragraphs (issue 18): the matcher, the built pages and the
 * tooltip in Chromium, on a desktop and on a 390 px touch screen.
 */
const site = inject('site');

const CNB: EnglishTermCandidate = {
  slug: 'cheng-nuo-zhi-plus-biao-zhun-di-plus-quan-dai-ban',
  forms: ['承诺制+标准地+全代办', '标准地+承诺制+全代办'],
  rendering: 'the “commitment system + standard land + full agency service” reform',
};
const WU_ZHUA: EnglishTermCandidate = { slug: 'wu-zhua-yi-you-yi-cu', forms: ['五抓一优一促'], rendering: 'the “five grasps, one optimization, one promotion” approach' };

/** The linked pieces of a text, as `text → slug`. */
const linked = (text: string, candidates: EnglishTermCandidate[], seen = new Set<string>()) =>
  englishTermSegments(text, candidates, seen)
    .filter((segment) => segment.slug !== undefined)
    .map((segment) => `${segment.text} → ${segment.slug}`);

describe('englishTermSegments', () => {
  it('links the bracketed Chinese term, or its alias, and not the brackets', () => {
    const text = 'deepen the “commitment system + standard land + full agency service” (承诺制+标准地+全代办) reform';
    expect(linked(text, [CNB])).toEqual([`承诺制+标准地+全代办 → ${CNB.slug}`]);
    expect(linked('extend the reform （标准地+承诺制+全代办）.', [CNB])).toEqual([`标准地+承诺制+全代办 → ${CNB.slug}`]);
    // One item of a bracketed list counts; a longer item is another expression.
    expect(linked('enterprises (SRDI; 专精特新) and (个转企、小升规、规改股)', [{ slug: 'zjtx', forms: ['专精特新'], rendering: 'SRDI enterprises' }, { slug: 'xsg', forms: ['小升规'], rendering: 'upgraded firms' }])).toEqual(['专精特新 → zjtx', '小升规 → xsg']);
    expect(linked('the reform of the “three types of land” (三块地改革)', [{ slug: 'skd', forms: ['三块地'], rendering: 'the “three plots” reform' }])).toEqual([]);
  });

  it('keeps every character once and in order', () => {
    const text = 'deepen the (承诺制+标准地+全代办) reform and the “five grasps, one optimization, one promotion” approach.';
    expect(englishTermSegments(text, [CNB, WU_ZHUA], new Set()).map((segment) => segment.text).join('')).toBe(text);
  });

  it('links the English rendering without its leading “the” or its gloss in brackets, in any case', () => {
    expect(linked('we applied the “five grasps, one optimization, one promotion” approach.', [WU_ZHUA])).toEqual([`“five grasps, one optimization, one promotion” approach → ${WU_ZHUA.slug}`]);
    expect(linked('The “Five Grasps, One Optimization, One Promotion” Approach works.', [WU_ZHUA])).toEqual([`“Five Grasps, One Optimization, One Promotion” Approach → ${WU_ZHUA.slug}`]);
    expect(linked('15 plots of “standard land” were supplied', [{ slug: 'bzd', forms: ['标准地'], rendering: '“standard land” (industrial land supplied with preset standards)' }])).toEqual(['“standard land” → bzd']);
  });

  it('matches straight and curly quotation marks either way', () => {
    expect(linked('the "five grasps, one optimization, one promotion" approach', [WU_ZHUA])).toEqual([`"five grasps, one optimization, one promotion" approach → ${WU_ZHUA.slug}`]);
    expect(linked('Shanxi’s “river chief” system', [{ slug: 'hzz', forms: ['河长制'], rendering: `Shanxi's "river chief" system` }])).toEqual(['Shanxi’s “river chief” system → hzz']);
  });

  it('links a code kept in quotation marks, as the Chinese pages link quoted codes', () => {
    expect(linked('we implemented the “1311” major projects', [{ slug: '1311', forms: ['1311'], rendering: "Yuncheng's “1311” major projects" }])).toEqual(['1311 → 1311']);
    expect(linked('the “13110” projects', [{ slug: '1311', forms: ['1311'], rendering: "Yuncheng's “1311” major projects" }])).toEqual([]);
  });

  it('does not match inside a longer word', () => {
    const chief: EnglishTermCandidate = { slug: 'hzz', forms: ['河长制'], rendering: 'river chief' };
    expect(linked('the river chiefs of every county', [chief])).toEqual([]);
    expect(linked('a deriver chief', [chief])).toEqual([]);
    expect(linked('every river chief, at every level', [chief])).toEqual(['river chief → hzz']);
  });

  it('links the first use only, prefers the bracketed Chinese, and skips what the page already linked', () => {
    const text = 'The “commitment system + standard land + full agency service” reform, that is the (承诺制+标准地+全代办) reform, and again (承诺制+标准地+全代办).';
    const seen = new Set<string>();
    const segments = englishTermSegments(text, [CNB], seen);
    expect(segments.filter((segment) => segment.slug)).toEqual([{ text: '承诺制+标准地+全代办', slug: CNB.slug }]);
    expect(text.indexOf('承诺制')).toBe(segments.slice(0, segments.findIndex((segment) => segment.slug)).reduce((length, segment) => length + segment.text.length, 0));
    expect(seen).toEqual(new Set([CNB.slug]));
    expect(linked('and later (承诺制+标准地+全代办) once more', [CNB], seen)).toEqual([]);
  });

  it('gives the longer of two overlapping matches', () => {
    const standardLand: EnglishTermCandidate = { slug: 'bzd', forms: ['标准地'], rendering: 'standard land' };
    expect(linked('the “commitment system + standard land + full agency service” reform', [standardLand, CNB])).toEqual([`“commitment system + standard land + full agency service” reform → ${CNB.slug}`]);
  });
});

describe('linkedRuns', () => {
  it('keeps the language runs of the whole text inside and around a link', () => {
    const text = 'the reform (承诺制+标准地+全代办、三化三制) went on';
    const start = text.indexOf('承诺制');
    const pieces = linkedRuns(text, [{ start, end: start + '承诺制+标准地+全代办'.length }]);
    expect(pieces).toEqual([
      { link: null, runs: [{ text: 'the reform (', chinese: false }] },
      { link: 0, runs: [{ text: '承诺制+标准地+全代办', chinese: true }] },
      // The rest of the Chinese run after the link is still Chinese, though it starts with a comma.
      { link: null, runs: [{ text: '、三化三制', chinese: true }, { text: ') went on', chinese: false }] },
    ]);
  });
});

describe('englishLinkables', () => {
  const lines = { start: 1, end: 1 };
  const list = (items: string[]): Block => ({ type: 'list', id: 'p2', lines, items: items.map((text) => ({ text, lines, marks: [] })) });

  it('pairs each English list item with its Chinese item, or with the whole list where the counts differ', () => {
    const blocks: Block[] = [{ type: 'paragraph', id: 'p1', text: '段落。', lines, marks: [], role: 'body', runIns: [], annotations: [] }, list(['甲项；', '乙项。'])];
    expect(englishLinkables(blocks, '2', new Map([['p1', 'A paragraph.'], ['p2', 'Item A;\nItem B.']])).map((text) => [text.key, text.idStem, text.en, text.zh])).toEqual([
      ['p1', 'p1', 'A paragraph.', '段落。'],
      ['p2.0', 'p2-li0', 'Item A;', '甲项；'],
      ['p2.1', 'p2-li1', 'Item B.', '乙项。'],
    ]);
    expect(englishLinkables([list(['甲项；', '乙项。'])], '2', new Map([['p2', 'Items A and B.']])).map((text) => text.zh)).toEqual(['甲项；\n乙项。']);
  });
});

describe('englishTermRenders', () => {
  const entry = (slug: string, term: string, rendering: string, scope: { report: string }[] | null = null) =>
    glossaryEntrySchema.parse({
      slug,
      term,
      pinyin: 'x',
      theme: 'reform-business-environment',
      en: { rendering, standing: { kind: 'editorial' }, literal: 'literal', explanation: `${rendering} is explained here. A second sentence.` },
      definitions: [{ source: 'editorial', zh: '编者说明文字', en: 'An editorial definition.' }],
      match: 'plain',
      scope,
    });
  const glossary = buildGlossaryIndex([entry('cnb', '承诺制+标准地+全代办', 'the “commitment system + standard land + full agency service” reform'), entry('shsz', '三化三制', 'the “three -izations, three systems” reform'), entry('other', '一枚印章', 'the “one seal” reform', [{ report: 'another-report' }])], []);

  it('links only terms the Chinese twin uses, in scope, once per page, to the English entry with its short definition', () => {
    const texts = [
      { key: 'p1', idStem: 'p1', section: '3-6', zh: '深化“承诺制+标准地+全代办”改革，推行“一枚印章”。', en: 'deepen the (承诺制+标准地+全代办) reform and the (三化三制) reform, and the “one seal” reform (一枚印章).' },
      { key: 'p2', idStem: 'p2', section: '3-6', zh: '巩固“三化三制”“承诺制+标准地+全代办”改革。', en: 'consolidate the (三化三制) and (承诺制+标准地+全代办) reforms.' },
    ];
    const renders = englishTermRenders(texts, glossary, 'this-report');
    const links = (key: string) => renders.get(key)!.map((link) => [texts.find((text) => text.key === key)!.en.slice(link.start, link.end), link.href, link.id]);
    // 三化三制 is in p1's English but not in its Chinese; 一枚印章 is scoped to another report.
    expect(links('p1')).toEqual([['承诺制+标准地+全代办', '/en/glossary/cnb/', 'tip-en-p1-0']]);
    expect(links('p2')).toEqual([['三化三制', '/en/glossary/shsz/', 'tip-en-p2-0']]);
    expect(renders.get('p1')![0]!.tip).toBe('the “commitment system + standard land + full agency service” reform: the “commitment system + standard land + full agency service” reform is explained here.');
    expect(renders.get('p1')![0]!.tipLang).toBe('en');
  });
});

describe('English term links in the built site', () => {
  const SLUG = 'cheng-nuo-zhi-plus-biao-zhun-di-plus-quan-dai-ban';
  const page = (path: string) => parse(readFileSync(join(site.dir, path, 'index.html'), 'utf8'));

  it('links 承诺制+标准地+全代办 once in the English of Yuncheng 2024, 3-6, with its English tooltip', () => {
    const root = page('en/reports/yuncheng-2024-work-report/3-6');
    const links = root.querySelectorAll(`.en-text a[href="/en/glossary/${SLUG}/"]`);
    expect(links.map((link) => link.text)).toEqual(['承诺制+标准地+全代办']);
    const link = links[0]!;
    expect(link.closest('.para')!.id).toBe('p1');
    expect(link.querySelector('span')!.getAttribute('lang')).toBe('zh-CN');
    const tip = root.getElementById(link.getAttribute('aria-describedby')!)!;
    expect(tip.getAttribute('role')).toBe('tooltip');
    expect(tip.getAttribute('lang')).toBe('en');
    expect(tip.parentNode?.classList.contains('term')).toBe(true);
    expect(tip.text).toMatch(/^the “commitment system \+ standard land \+ full agency service” reform: A package of three reforms/);
  });

  it('links the terms of a report page\'s translated preamble and closing, as its Chinese page does', () => {
    const root = page('en/reports/yanhu-2022-work-report');
    const links = root.querySelectorAll('section[aria-labelledby="closing"] .en-text .term > a');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/en/glossary/shou-shan-zhi-qu/']);
    const chinese = page('zh/reports/yanhu-2022-work-report').querySelectorAll('section[aria-labelledby="closing"] .term > a');
    expect(chinese.map((link) => link.getAttribute('href'))).toEqual(['/zh/glossary/shou-shan-zhi-qu/']);
  });

  it('gives every English section and report page unique ids, no link inside a link, and each term at most once in its English', () => {
    const problems: string[] = [];
    let linkCount = 0;
    // Report folders are those with a report page (`by/` holds the listings by place and year).
    const reports = readdirSync(join(site.dir, 'en', 'reports'), { withFileTypes: true }).filter((entry) => entry.isDirectory() && existsSync(join(site.dir, 'en', 'reports', entry.name, 'index.html')));
    expect(reports.length).toBeGreaterThan(0);
    for (const report of reports) {
      for (const section of ['', ...readdirSync(join(site.dir, 'en', 'reports', report.name)).filter((name) => /^[\d-]+$/.test(name))]) {
        const path = `en/reports/${report.name}/${section}`;
        const root = page(path);
        const hrefs = root.querySelectorAll('.en-text .term > a').map((link) => link.getAttribute('href')!);
        linkCount += hrefs.length;
        if (new Set(hrefs).size !== hrefs.length) problems.push(`${path}: a term linked twice`);
        if (root.querySelectorAll('a a').length > 0) problems.push(`${path}: nested links`);
        const ids = root.querySelectorAll('[id]').map((element) => element.id);
        if (new Set(ids).size !== ids.length) problems.push(`${path}: duplicate ids`);
      }
    }
    expect(problems).toEqual([]);
    expect(linkCount).toBeGreaterThan(300);
  });

  it('leaves the Chinese pages without English links', () => {
    expect(page('zh/reports/yuncheng-2024-work-report/3-6').querySelectorAll('[id^="tip-en-"]')).toEqual([]);
  });
});

/** The term's link on an English page and on its Chinese twin page: the same tooltip behaviour in either language. */
const TERMS = [
  { lang: 'en', path: '/en/reports/yuncheng-2024-work-report/3-6/', selector: '.en-text .term', tipText: 'A package of three reforms' },
  { lang: 'zh', path: '/zh/reports/yuncheng-2024-work-report/3-6/', selector: '.zh-text .term', tipText: '承诺制+标准地+全代办：' },
] as const;

describe('the English term’s tooltip on a desktop', () => {
  const chrome = siteBrowser();

  for (const { lang, path, selector, tipText } of TERMS) {
    it(`shows on hover and keyboard focus, closes with Escape, and follows the link with Enter (${lang})`, async () => {
      await chrome.page.goto(`${chrome.url}${path}`);
      const term = chrome.page.locator(selector, { has: chrome.page.locator('a', { hasText: '承诺制+标准地+全代办' }) }).first();
      const tip = term.locator('[role="tooltip"]');
      expect(await tip.isVisible()).toBe(false);
      await term.locator('a').hover();
      expect(await tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toContain(tipText);
      await tip.hover();
      expect(await tip.isVisible()).toBe(true);
      await chrome.page.mouse.move(0, 0);
      expect(await tip.isVisible()).toBe(false);
      await term.locator('a').focus();
      expect(await tip.isVisible()).toBe(true);
      await chrome.page.keyboard.press('Escape');
      expect(await tip.isVisible()).toBe(false);
      await chrome.page.keyboard.press('Enter');
      await chrome.page.waitForURL(new RegExp(`/${lang}/glossary/cheng-nuo-zhi-plus-biao-zhun-di-plus-quan-dai-ban/$`));
    });
  }
});

describe('the English term’s tooltip on a 390 px touch screen', () => {
  const chrome = siteBrowser({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const { lang, path, selector, tipText } of TERMS) {
    it(`shows the definition on the first tap and follows the link on the second (${lang})`, async () => {
      await chrome.page.goto(`${chrome.url}${path}`);
      const term = chrome.page.locator(selector, { has: chrome.page.locator('a', { hasText: '承诺制+标准地+全代办' }) }).first();
      const tip = term.locator('[role="tooltip"]');
      expect(await tip.isVisible()).toBe(false);
      await term.locator('a').tap();
      expect(await tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toContain(tipText);
      expect(chrome.page.url()).toBe(`${chrome.url}${path}`);
      // The definition fits on the phone's screen.
      const box = (await tip.boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(390);
      await term.locator('a').tap();
      await chrome.page.waitForURL(new RegExp(`/${lang}/glossary/cheng-nuo-zhi-plus-biao-zhun-di-plus-quan-dai-ban/$`));
    });
  }
});
