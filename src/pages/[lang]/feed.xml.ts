import type { APIRoute } from 'astro';
import { corrections, reports, translationFile } from '../../content.ts';
import { isLocale, languageTags, localeStaticPaths, useTranslations } from '../../i18n/index.ts';
import { atomFeed } from '../../lib/atom-feed.ts';
import { reportFeedEntries } from '../../lib/report-feed.ts';
import { feedPath, reportsIndexPath } from '../../lib/urls.ts';

export const getStaticPaths = localeStaticPaths;

/** `/zh/feed.xml` and `/en/feed.xml`: an Atom feed of the reports, newest change first, in one language. */
export const GET: APIRoute = ({ params, site }) => {
  const { lang } = params;
  if (!isLocale(lang) || !site) throw new Error(`feed.xml needs a language and the site's address (lang: ${lang}, site: ${site})`);
  const t = useTranslations(lang);
  const self = new URL(feedPath(lang), site).href;
  const xml = atomFeed({
    lang: languageTags[lang],
    id: self,
    title: t('feed.title'),
    subtitle: t('feed.subtitle'),
    self,
    alternate: new URL(reportsIndexPath(lang), site).href,
    rights: t('footer.licence'),
    entries: reportFeedEntries(
      reports.map((document) => document.report),
      lang,
      site,
      t,
      { corrections: corrections.corrections, translatedOn: (id) => translationFile(id)?.translated },
    ),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
