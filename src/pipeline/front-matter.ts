import { parseNumeral } from './chinese-numerals.ts';
import type { SourceHeader } from './source-markup.ts';
import type { FrontItem, ReportMetadata } from './types.ts';

/**
 * The title block: title, the `——date在…会议上` subtitle, the speaker line and a cover date, parsed into
 * metadata. The lines themselves are kept verbatim as front items.
 */

/** A date as printed in a title block: `2024年3月5日` or `二〇〇七年一月二十六日`. */
// A year in Chinese numerals is sometimes typed with the letter O for 〇 (`二O二三年`); it is read as 〇, not changed.
const DATE = '([0-9０-９]{4}|[〇零○OoＯ一二三四五六七八九]{4})[ \\u3000]*年[ \\u3000]*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[ \\u3000]*月[ \\u3000]*(?:([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[ \\u3000]*日)?';
/**
 * The date-and-session line: `——2022年1月25日在…会议上`, also in brackets (`（2024年1月20日在…会议上）`), without the
 * dash, without 在 (`——2008年1月4日长沙市…会议上`), or inside a longer line that also holds the title and the speaker.
 */
// A `?` after the dash is a character lost in the copy (`——?2023年3月18日在…`): the line is still the date line.
const SUBTITLE_ANYWHERE = new RegExp(`(?:——|──|—|[（(])?[?？]?[ \\u3000]*${DATE}[ \\u3000]*在?[ \\u3000]*([^，。；]{2,60}?会议)[ \\u3000]*上?(?:的?(?:讲话|报告))?[）)]?`);
const SUBTITLE = new RegExp(`^${SUBTITLE_ANYWHERE.source}$`);
/** A newspaper's lede under the title: `2025年1月14日在…会议上北京市市长 殷勇同志作政府工作报告。` */
const NEWS_LEDE = new RegExp(`^${SUBTITLE_ANYWHERE.source}.{0,40}?作(?:政府)?工作报告[。.]?$`);
const LEDE_TAIL = /(?:同志)?作(?:政府)?工作报告[。.]?$/;

/** Whether a line is a newspaper's lede stating date, session and speaker (front matter, though it ends with 。). */
export function isNewsLede(text: string): boolean {
  return NEWS_LEDE.test(text);
}
const ROLE = '(?:代理?[区县市省州旗盟]长|[区县市省州旗盟]长|代理?主任|主任|局长|总理|副总理|主席)';
const SPEAKER = new RegExp(`^(.*?)(${ROLE})[ \\u3000\\u2002\\u00a0]*([\\p{Script=Han}·][\\p{Script=Han}· \\u3000\\u2002\\u00a0]{0,10}[\\p{Script=Han}])$`, 'u');
/** A role on its own line (`省长`, `运城市人民政府市长`), the name on the next line. */
const ROLE_ONLY = new RegExp(`^(.{0,20}?)(${ROLE})$`);
const NAME_ONLY = /^[\p{Script=Han}·][\p{Script=Han}· \u3000\u2002\u00a0]{0,6}[\p{Script=Han}]$/u;
/** A photo caption a web copy prints under the title (`图为会议现场。记者 王某 摄`). */
const PHOTO_CAPTION = /^图为|[ \u3000\u00a0]摄$|记者.{0,24}摄$|摄影$/;
/** `（2003年1月10日 刘振华）`: date and speaker's name in brackets, with no session. */
const BRACKETED_DATE_NAME = new RegExp(`^[（(]${DATE}[ \\u3000]*([\\p{Script=Han}·]{2,4})?[）)]$`, 'u');
/** A news agency's dateline (`新华社北京3月16日电`): front matter, not title. */
export const DATELINE = /^新华社.{0,8}?\d{1,2}月\d{1,2}日电$/;
const COVER_DATE = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$/;
const PRINTED_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日(?:印发?|发布)?$/;
const COLOPHON_ISSUER = /^.{2,30}(?:秘书处|办公室|办公厅)(?:印发?)?$/;
const SESSION_IN_ISSUER = /^(.+?会议)秘书处$/;
const SESSION_IN_TEXT = /提请(.{2,30}?会议)审议/;
/** A date in a collection's own title (`运城市政府工作报告（2022年2月21日 储祥好）`). */
const HEADER_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/;

const YEAR_DIGITS: Record<string, string> = { 〇: '0', 零: '0', '○': '0', O: '0', o: '0', Ｏ: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** `2007`, `二〇〇七` → `2007`; `1`, `十二` → `12`; null for what is not a number. */
function digits(value: string, isYear: boolean): string | null {
  const ascii = value.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xff10 + 0x30));
  if (/^[0-9]+$/.test(ascii)) return ascii;
  if (isYear) return [...value].map((character) => YEAR_DIGITS[character] ?? '').join('');
  const number = parseNumeral(value);
  return number === null ? null : String(number);
}

function isoDate(year: string, month: string, day?: string): string | null {
  const parts = [digits(year, true), digits(month, false), ...(day ? [digits(day, false)] : [])];
  if (parts.some((part) => part === null) || parts[0]!.length !== 4) return null;
  return parts.map((part, index) => (index === 0 ? part : part!.padStart(2, '0'))).join('-');
}

/** The name as printed, with the spaces of a spaced-out name (`龚 正`) removed. */
function compactName(name: string): string {
  return name.replace(/[ \u3000\u2002\u00a0]/g, '');
}

/** Spaced-out titles (`政 府 工 作 报 告`) read as one word; spaces between CJK characters are dropped. */
function compactTitle(text: string): string {
  return text.replace(/(?<=[\p{Script=Han}])[ \u3000]+(?=[\p{Script=Han}])/gu, '');
}

/** Whether a line is the date-and-session line of a title block. */
export function isSubtitleLine(text: string): boolean {
  return SUBTITLE.test(text);
}

/** Role of one title-block line. */
export function frontRole(text: string): FrontItem['role'] {
  if (SUBTITLE.test(text) || NEWS_LEDE.test(text)) return 'subtitle';
  if (ROLE_ONLY.test(text)) return 'speaker';
  if (BRACKETED_DATE_NAME.test(text)) return 'date';
  if (PHOTO_CAPTION.test(text) || DATELINE.test(text)) return 'other';
  if (SPEAKER.test(text)) return 'speaker';
  if (COVER_DATE.test(text)) return 'date';
  return 'title';
}

/**
 * Roles of the title block's lines in order. A date line broken in two by the copy (`——2021年2月23日在太原市第十四届
 * 人民代表大会` / `第六次会议上`) is one subtitle: both lines get that role and `readMetadata` reads them joined.
 */
export function frontRoles(texts: string[]): FrontItem['role'][] {
  const roles = texts.map(frontRole);
  for (let index = 0; index + 1 < texts.length; index++) {
    if (roles[index] === 'title' && roles[index + 1] === 'title' && /^(?:——|──|—)/.test(texts[index]!) && SUBTITLE.test(`${texts[index]}${texts[index + 1]}`)) {
      roles[index] = 'subtitle';
      roles[index + 1] = 'subtitle';
    }
  }
  return roles;
}

/** Whether a short paragraph at the end of a report is a colophon line (issuer, printing date). */
export function isColophonLine(text: string): boolean {
  return PRINTED_DATE.test(text) || COLOPHON_ISSUER.test(text);
}

/** Metadata stated by the title block, the colophon and the opening paragraph. */
export function readMetadata(front: FrontItem[], colophon: FrontItem[], openingText: string, continuedFrom: string | null, sourceHeader: SourceHeader | null): ReportMetadata {
  const titleItems: string[] = [];
  let subtitleMatch: RegExpExecArray | null = null;
  let speaker: ReportMetadata['speaker'] = null;
  /** The title is the first run of title lines; a repeated title after the cover is not part of it. */
  let titleEnded = false;
  /** The second half of a date line broken in two, already read with the first. */
  let readWithPrevious = false;
  for (const [index, item] of front.entries()) {
    if (readWithPrevious) {
      readWithPrevious = false;
      continue;
    }
    const next = front[index + 1];
    if (subtitleMatch === null && item.role === 'subtitle' && next?.role === 'subtitle' && !SUBTITLE.test(item.text)) {
      subtitleMatch = SUBTITLE.exec(`${item.text}${next.text}`);
      titleEnded = true;
      readWithPrevious = true;
      continue;
    }
    const inLine: RegExpExecArray | null = subtitleMatch === null ? SUBTITLE_ANYWHERE.exec(item.text) : null;
    if (inLine) {
      subtitleMatch = inLine;
      // Title lines come before the date-and-session line; what follows it is the speaker or other matter.
      titleEnded = true;
      // A one-line title block: title before the date, the speaker after the session.
      const before = item.text.slice(0, inLine.index).trim();
      if (before !== '' && titleItems.length === 0) titleItems.push(before);
      const after = SPEAKER.exec(item.text.slice(inLine.index + inLine[0].length).trim().replace(LEDE_TAIL, ''));
      if (after && !speaker) speaker = { organization: after[1] || null, role: after[2]!, name: compactName(after[3]!) };
      continue;
    }
    const speakerMatch = SPEAKER.exec(item.text);
    const roleOnly = ROLE_ONLY.exec(item.text);
    if (!speaker && speakerMatch) {
      speaker = { organization: speakerMatch[1] || null, role: speakerMatch[2]!, name: compactName(speakerMatch[3]!) };
    } else if (!speaker && roleOnly && next && NAME_ONLY.test(next.text)) {
      speaker = { organization: roleOnly[1] || null, role: roleOnly[2]!, name: compactName(next.text) };
    } else if (!speaker && subtitleMatch !== null && item.role === 'title' && NAME_ONLY.test(item.text) && item.text.replace(/[ \u3000\u2002]/g, '').length <= 4) {
      // A name alone on the line after the date-and-session line: the speaker, role not printed.
      speaker = { organization: null, role: '', name: compactName(item.text) };
      continue;
    } else if (item.role === 'title' && !titleEnded) {
      // A line that repeats what the title already says (`2013年国务院政府工作报告` then `政府工作报告`) adds nothing.
      if (!titleItems.some((title) => compactTitle(title).includes(compactTitle(item.text)))) titleItems.push(item.text);
    }
    if (item.role !== 'title' && titleItems.length > 0) titleEnded = true;
  }
  const coverDate = front.find((item) => item.role === 'date');
  const coverMatch = coverDate ? (COVER_DATE.exec(coverDate.text) ?? BRACKETED_DATE_NAME.exec(coverDate.text)) : null;
  const bracketedName = coverDate ? BRACKETED_DATE_NAME.exec(coverDate.text)?.[4] : undefined;
  if (!speaker && bracketedName) speaker = { organization: null, role: '', name: bracketedName };
  const printed = colophon.map((item) => PRINTED_DATE.exec(item.text)).find((match) => match !== null) ?? null;
  const issuerSession = colophon.map((item) => SESSION_IN_ISSUER.exec(item.text)).find((match) => match !== null) ?? null;
  const textSession = SESSION_IN_TEXT.exec(openingText);
  const headerDate = sourceHeader?.title ? HEADER_DATE.exec(sourceHeader.title) : null;

  return {
    title: titleItems.length > 0 ? compactTitle(titleItems.join('')) : null,
    date:
      (subtitleMatch ? isoDate(subtitleMatch[1]!, subtitleMatch[2]!, subtitleMatch[3]) : null) ??
      (coverMatch ? isoDate(coverMatch[1]!, coverMatch[2]!, coverMatch[3]) : null) ??
      (headerDate ? isoDate(headerDate[1]!, headerDate[2]!, headerDate[3]) : null),
    session: subtitleMatch?.[4] ?? issuerSession?.[1] ?? textSession?.[1] ?? null,
    speaker,
    printedDate: printed ? isoDate(printed[1]!, printed[2]!, printed[3]!) : null,
    continuedFrom,
    sourceHeader,
  };
}
