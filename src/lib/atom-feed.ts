/**
 * A small Atom 1.0 (RFC 4287) serializer: plain data in, the feed's XML text out. It knows nothing of reports; the
 * site's feeds are built from them in src/lib/report-feed.ts.
 */

/** One entry of a feed. Dates are RFC 3339 date-times (see `dayStart`); all text is plain text, never markup. */
export interface AtomEntry {
  /** A permanent IRI for the entry: an absolute URL or a `tag:` URI. */
  id: string;
  title: string;
  /** The page the entry is about (absolute URL). */
  link: string;
  published: string;
  updated: string;
  author: string;
  summary: string;
}

/** A whole feed; its `updated` is the latest of its entries', so it changes only when an entry does. */
export interface AtomFeed {
  /** BCP-47 tag of the feed's text, written as `xml:lang`. */
  lang: string;
  id: string;
  title: string;
  subtitle: string;
  /** Where the feed itself is published (absolute URL). */
  self: string;
  /** The HTML page the feed belongs to (absolute URL). */
  alternate: string;
  /** The rights statement, as plain text. */
  rights: string;
  /** In the order they are to appear (feeds list the newest first). */
  entries: AtomEntry[];
}

// XML 1.0 allows tab, LF and CR among the control characters, and no others, not even as character references.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text as XML character data or an attribute value (either quote style).
 * @example escapeXml(`R&D <"a">`) // => 'R&amp;D &lt;&quot;a&quot;&gt;'
 */
export function escapeXml(text: string): string {
  // Failing is better than dropping characters silently from a title: such a character is a data error upstream.
  if (NOT_XML.test(text)) throw new Error(`text cannot be written in XML 1.0 (a control character): ${JSON.stringify(text)}`);
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The start of a day given as `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (a partial date counts from its first day), as an
 * RFC 3339 date-time at a fixed UTC offset. The reports' dates are Beijing dates, hence the default `+08:00`.
 * @example dayStart('2022-01') // => '2022-01-01T00:00:00+08:00'
 */
export function dayStart(date: string, offset = '+08:00'): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!match || (match[3] !== undefined && match[2] === undefined)) throw new Error(`not a date: ${date}`);
  return `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}T00:00:00${offset}`;
}

/** The latest of some RFC 3339 date-times, compared as instants (their offsets may differ). */
export function latest(dates: readonly string[]): string {
  if (dates.length === 0) throw new Error('no dates to compare');
  return dates.reduce((best, date) => (Date.parse(date) > Date.parse(best) ? date : best));
}

function checkDate(date: string): string {
  if (!RFC_3339.test(date) || Number.isNaN(Date.parse(date))) throw new Error(`not an RFC 3339 date-time: ${date}`);
  return date;
}

const element = (name: string, text: string, indent: string) => `${indent}<${name}>${escapeXml(text)}</${name}>`;
const link = (rel: string, type: string, href: string, indent: string) => `${indent}<link rel="${rel}" type="${type}" href="${escapeXml(href)}"/>`;

/**
 * The feed as an XML document. Text constructs are written as `type="text"` (the default), so readers show them
 * as they are and never interpret markup in a title.
 */
export function atomFeed(feed: AtomFeed): string {
  if (feed.entries.length === 0) throw new Error('a feed needs at least one entry (its date is the latest of theirs)');
  const entries = feed.entries.map((entry) =>
    [
      '  <entry>',
      element('id', entry.id, '    '),
      element('title', entry.title, '    '),
      link('alternate', 'text/html', entry.link, '    '),
      element('published', checkDate(entry.published), '    '),
      element('updated', checkDate(entry.updated), '    '),
      `    <author>${element('name', entry.author, '')}</author>`,
      element('summary', entry.summary, '    '),
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    element('id', feed.id, '  '),
    element('title', feed.title, '  '),
    element('subtitle', feed.subtitle, '  '),
    element('updated', latest(feed.entries.map((entry) => checkDate(entry.updated))), '  '),
    link('self', 'application/atom+xml', feed.self, '  '),
    link('alternate', 'text/html', feed.alternate, '  '),
    element('rights', feed.rights, '  '),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
