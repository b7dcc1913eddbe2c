import { pinyin } from 'pinyin-pro';
import { parseNumeral } from '../pipeline/chinese-numerals.ts';
import type { ReportTree } from '../pipeline/index.ts';
import type { ManifestEntry, ReportSource } from '../schema/manifest.ts';
import type { Place } from '../schema/places.ts';

/**
 * The manifest entry `add-report` proposes for a parsed report: everything the text states, in the manifest's
 * words, and English renderings built from patterns. Pure: the caller reads files and writes the manifest.
 * What a person must still check is returned beside the entry, so the review list names it.
 */

export interface Proposal {
  entry: ManifestEntry;
  /** Fields a person should read before publishing, each with why (an English rendering made by rule, a guess). */
  toCheck: { field: string; why: string }[];
}

export interface ProposalInput {
  tree: ReportTree;
  place: Place;
  /** The seed's file name in `seeds/` decides the extension; the id is proposed unless given. */
  extension: string;
  originalFile: string;
  sha256: string;
  /** Where the file came from; the official URL is filled in from the text's own `source:` line. */
  source: Omit<ReportSource, 'officialUrl'>;
  id?: string | undefined;
  kind?: ManifestEntry['kind'] | undefined;
  year?: number | undefined;
}

/** The genre from the title: a plan outline, an annual plan report, else a work report. */
export function guessKind(title: string | null): ManifestEntry['kind'] {
  const text = title ?? '';
  if (/规划纲要|五年规划|五年计划/.test(text) && !/执行情况/.test(text)) return 'five-year-plan';
  if (/(?:计划|规划)执行情况|(?:计划|规划)草案的报告/.test(text)) return 'annual-plan-report';
  return 'government-work-report';
}

const KIND_SLUG: Record<ManifestEntry['kind'], string> = {
  'government-work-report': 'work-report',
  'five-year-plan': 'five-year-plan',
  'annual-plan-report': 'plan-report',
};

const KIND_TITLE: Record<ManifestEntry['kind'], { zh: string; en: string }> = {
  'government-work-report': { zh: '政府工作报告', en: 'Government Work Report' },
  'five-year-plan': { zh: '五年规划纲要', en: 'Five-Year Plan Outline' },
  'annual-plan-report': { zh: '国民经济和社会发展计划报告', en: 'Report on the Plan for National Economic and Social Development' },
};

/** Official English of the roles reports name their speaker by (as the seeds' manifest renders them). */
const ROLE_EN: Record<string, string> = {
  总理: 'Premier',
  副总理: 'Vice Premier',
  省长: 'Governor',
  代省长: 'Acting Governor',
  主席: 'Chairman',
  市长: 'Mayor',
  代市长: 'Acting Mayor',
  州长: 'Prefect',
  盟长: 'League Head',
  区长: 'District Head',
  代区长: 'Acting District Head',
  县长: 'County Head',
  代县长: 'Acting County Head',
  旗长: 'Banner Head',
};

function ordinal(number: number): string {
  const suffix = number % 100 >= 11 && number % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][number % 10] ?? 'th';
  return `${number}${number % 10 > 3 ? 'th' : suffix}`;
}

/** A person's name in pinyin, family name first, each part capitalized: 彭梦森 → Peng Mengsen. */
export function nameInPinyin(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head' });
  if (syllables.length === 0) return name;
  const [family, ...given] = syllables;
  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  return [capital(family!), ...(given.length > 0 ? [capital(given.join(''))] : [])].join(' ');
}

/** `运城市盐湖区第十七届人民代表大会第二次会议` → `2nd Session of the 17th People's Congress of <place>`. */
export function sessionInEnglish(session: string, placeEn: string): string | null {
  const match = /第([一二三四五六七八九十]+|\d+)届(?:全国)?人民代表大会第([一二三四五六七八九十]+|\d+)次会议/.exec(session);
  const term = match ? parseNumeral(match[1]!) : null;
  const meeting = match ? parseNumeral(match[2]!) : null;
  if (term === null || meeting === null) return null;
  return `${ordinal(meeting)} Session of the ${ordinal(term)} People's Congress of ${placeEn}`;
}

/** The year the text is about: its date, else the first `20xx年` of its title. */
function yearOf(tree: ReportTree): number | null {
  const date = tree.metadata.date ?? tree.metadata.sourceHeader?.title?.match(/(\d{4})年/)?.[1] ?? null;
  if (date) return Number(date.slice(0, 4));
  const inTitle = /(\d{4})\s*年/.exec(tree.metadata.title ?? '');
  return inTitle ? Number(inTitle[1]) : null;
}

export function proposeEntry(input: ProposalInput): Proposal {
  const { tree, place } = input;
  const toCheck: Proposal['toCheck'] = [];
  const stated = tree.metadata.title;
  const kind = input.kind ?? guessKind(stated ?? tree.metadata.sourceHeader?.title ?? null);
  if (!input.kind) toCheck.push({ field: 'kind', why: `guessed from the title: ${kind}` });
  const year = input.year ?? yearOf(tree);
  if (year === null) throw new Error('the text states no year: give --year');
  const id = input.id ?? `${place.id}-${year}-${KIND_SLUG[kind]}`;
  const generic = stated === null || /^(?:\d{4}年)?政府工作报告$/.test(stated.replace(/\s/g, ''));
  const titleZh = generic ? `${place.zh}${year}年${KIND_TITLE[kind].zh}` : stated!;
  const titleEn = `${place.en} ${year} ${KIND_TITLE[kind].en}`;
  toCheck.push({ field: 'title.en', why: generic ? 'made from the place and the year' : `made by rule; the Chinese title is “${titleZh}”` });
  const speaker = tree.metadata.speaker;
  const roleEn = speaker ? ROLE_EN[speaker.role] ?? null : null;
  if (speaker) toCheck.push({ field: 'speaker.en', why: `pinyin of ${speaker.name} (check the person's own spelling)` });
  if (speaker && roleEn === null) toCheck.push({ field: 'speaker.role.en', why: `no English for the role “${speaker.role}”` });
  const session = tree.metadata.session;
  const sessionEn = session ? sessionInEnglish(session, place.en) : null;
  if (session) toCheck.push({ field: 'session.en', why: sessionEn ? 'made by rule from the Chinese' : `no rule for “${session}”` });
  const fragment = tree.metadata.continuedFrom !== null;
  if (fragment) toCheck.push({ field: 'completenessNote', why: 'the text starts mid-report; say what is missing' });
  const statedUrl = tree.metadata.sourceHeader?.url ?? null;
  const officialUrl = statedUrl !== null && URL.canParse(statedUrl) ? statedUrl : null;
  if (statedUrl !== null && officialUrl === null) toCheck.push({ field: 'source.officialUrl', why: `the source's URL “${statedUrl}” is not a URL` });
  const entry: ManifestEntry = {
    id,
    file: `${id}.${input.extension}`,
    sha256: input.sha256,
    originalFile: input.originalFile,
    source: { ...input.source, officialUrl },
    place: { id: place.id, zh: place.zh, en: place.en },
    level: place.level,
    year,
    date: tree.metadata.date,
    kind,
    title: { zh: titleZh, en: titleEn },
    statedTitle: stated,
    speaker: speaker
      ? { zh: speaker.name, en: nameInPinyin(speaker.name), role: { zh: speaker.role || '—', en: roleEn ?? (speaker.role || '—') }, organization: speaker.organization ?? '' }
      : null,
    session: session ? { zh: session, en: sessionEn ?? session } : null,
    completeness: fragment ? 'fragment' : 'complete',
    completenessNote: fragment ? { zh: `（上接第${tree.metadata.continuedFrom}版）之前的文字不在此稿中`, en: `The text before “continued from page ${tree.metadata.continuedFrom}” is not in this copy.` } : null,
  };
  return { entry, toCheck };
}
