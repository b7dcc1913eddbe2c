import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { editorialPage, reports, sourceFilesOf } from '../content.ts';
import { locales, useTranslations, type Locale, type UiKey } from '../i18n/index.ts';
import { llmsTxt, markdownSection, type LlmsLink } from '../lib/llms-txt.ts';
import { aboutPath, comparePath, dataPath, feedPath, glossaryPath, homePath, placesPath, reportsIndexPath, searchPath } from '../lib/urls.ts';

const zh = useTranslations('zh');
const en = useTranslations('en');

/**
 * The licence section of the about page in one language, quoted from its source so the two cannot disagree, with the
 * address of that section. The heading is the `llms.licence` string, which must match the about page's heading.
 */
async function licence(locale: Locale) {
  const page = editorialPage('about', locale);
  const title = useTranslations(locale)('llms.licence');
  const { headings } = await render(page);
  const heading = headings.find((candidate) => candidate.text === title);
  if (!heading || page.body === undefined) throw new Error(`content/pages/about/${locale}.mdx has no "${title}" section`);
  return { title, text: markdownSection(page.body, title), path: `${aboutPath(locale)}#${heading.slug}` };
}

/** `/llms.txt`: what the site is, and where its pages, open data, feeds and every report's text are, for machine readers. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error("llms.txt needs the site's address");
  const url = (path: string) => new URL(path, site).href;
  // Each page in both languages, named and described in its own language.
  const page = (path: (locale: Locale) => string, name: UiKey, note?: UiKey): LlmsLink[] =>
    locales.map((locale) => {
      const t = useTranslations(locale);
      return { name: t(name), url: url(path(locale)), ...(note ? { note: t(note, { n: reports.length }) } : {}) };
    });
  const licences = await Promise.all(locales.map(licence));
  const text = llmsTxt({
    title: `${en('site.name')} (${zh('site.name')})`,
    summary: en('site.description'),
    details: [en('llms.intro'), zh('site.description'), zh('llms.intro')],
    sections: [
      {
        title: en('llms.pages'),
        links: [
          ...page(homePath, 'nav.home', 'site.tagline'),
          ...page(reportsIndexPath, 'nav.reports', 'reports.intro'),
          ...page(glossaryPath, 'nav.glossary', 'glossary.intro'),
          ...page(placesPath, 'nav.places', 'places.intro'),
          ...page(comparePath, 'nav.compare', 'compare.intro'),
          ...page(searchPath, 'nav.search', 'search.intro'),
          ...page(aboutPath, 'about.title', 'llms.about'),
          ...page(dataPath, 'data.title', 'data.intro'),
        ],
      },
      {
        title: en('llms.data'),
        links: [
          { name: '/data/reports.json', url: url('/data/reports.json'), note: en('llms.reportsJson') },
          { name: '/data/glossary.json', url: url('/data/glossary.json'), note: en('llms.glossaryJson') },
          { name: '/data/places.json', url: url('/data/places.json'), note: en('llms.placesJson') },
          { name: '/data/indicators.json', url: url('/data/indicators.json'), note: en('llms.indicatorsJson') },
          { name: '/data/indicators.csv', url: url('/data/indicators.csv'), note: en('llms.indicatorsCsv') },
        ],
      },
      {
        title: en('llms.feeds'),
        links: locales.map((locale) => {
          const t = useTranslations(locale);
          return { name: t('feed.title'), url: url(feedPath(locale)), note: t('llms.feedNote') };
        }),
      },
      {
        title: en('llms.texts'),
        text: [en('llms.textsNote')],
        links: reports.map(({ report }) => ({
          name: `${report.title.zh} · ${report.title.en}`,
          url: url(sourceFilesOf(report.id).text.path),
          note: en('feed.summary', { place: report.place.en, year: report.year, kind: en(`kind.${report.kind}`) }),
        })),
      },
      {
        title: en('llms.licence'),
        text: licences.map((section) => section.text),
        links: licences.map((section) => ({ name: section.title, url: url(section.path) })),
      },
    ],
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
