import type { FrontItem, ReportMetadata } from './types.ts';

/**
 * The title block: title, the `——date在…会议上` subtitle, the speaker line and a cover date, parsed into
 * metadata. The lines themselves are kept verbatim as front items.
 */

/** `——2022年1月25日在…会议上`, also in brackets: `（2024年1月20日在…会议上）`. */
const SUBTITLE = /^(?:——|[（(])[ \u3000]*(\d{4})年(\d{1,2})月(\d{1,2})日在(.+?会议)上[）)]?$/;
const SPEAKER = /^(.*?)(代理?[区县市省州旗]长|[区县市省州旗]长|代理?主任|主任|局长|总理|副总理)[ \u3000]+([\p{Script=Han}·]{2,8})$/u;
const COVER_DATE = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$/;
const PRINTED_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日(?:印发?|发布)?$/;
const COLOPHON_ISSUER = /^.{2,30}(?:秘书处|办公室|办公厅)(?:印发?)?$/;
const SESSION_IN_ISSUER = /^(.+?会议)秘书处$/;
const SESSION_IN_TEXT = /提请(.{2,30}?会议)审议/;

function isoDate(year: string, month: string, day?: string): string {
  const parts = [year, month.padStart(2, '0')];
  if (day) parts.push(day.padStart(2, '0'));
  return parts.join('-');
}

/** Spaced-out titles (`政 府 工 作 报 告`) read as one word; spaces between CJK characters are dropped. */
function compactTitle(text: string): string {
  return text.replace(/(?<=[\p{Script=Han}])[ \u3000]+(?=[\p{Script=Han}])/gu, '');
}

/** Role of one title-block line. */
export function frontRole(text: string): FrontItem['role'] {
  if (SUBTITLE.test(text)) return 'subtitle';
  if (SPEAKER.test(text)) return 'speaker';
  if (COVER_DATE.test(text)) return 'date';
  return 'title';
}

/** Whether a short paragraph at the end of a report is a colophon line (issuer, printing date). */
export function isColophonLine(text: string): boolean {
  return PRINTED_DATE.test(text) || COLOPHON_ISSUER.test(text);
}

/** Metadata stated by the title block, the colophon and the opening paragraph. */
export function readMetadata(front: FrontItem[], colophon: FrontItem[], openingText: string, continuedFrom: string | null): ReportMetadata {
  const titleItems: string[] = [];
  for (const item of front) {
    if (item.role === 'title') titleItems.push(item.text);
    else if (titleItems.length > 0) break;
  }
  const subtitle = front.find((item) => item.role === 'subtitle');
  const subtitleMatch = subtitle ? SUBTITLE.exec(subtitle.text) : null;
  const coverDate = front.find((item) => item.role === 'date');
  const coverMatch = coverDate ? COVER_DATE.exec(coverDate.text) : null;
  const speakerItem = front.find((item) => item.role === 'speaker');
  const speakerMatch = speakerItem ? SPEAKER.exec(speakerItem.text) : null;
  const printed = colophon.map((item) => PRINTED_DATE.exec(item.text)).find((match) => match !== null) ?? null;
  const issuerSession = colophon.map((item) => SESSION_IN_ISSUER.exec(item.text)).find((match) => match !== null) ?? null;
  const textSession = SESSION_IN_TEXT.exec(openingText);

  return {
    title: titleItems.length > 0 ? compactTitle(titleItems.join('')) : null,
    date: subtitleMatch
      ? isoDate(subtitleMatch[1]!, subtitleMatch[2]!, subtitleMatch[3]!)
      : coverMatch
        ? isoDate(coverMatch[1]!, coverMatch[2]!, coverMatch[3])
        : null,
    session: subtitleMatch?.[4] ?? issuerSession?.[1] ?? textSession?.[1] ?? null,
    speaker: speakerMatch ? { organization: speakerMatch[1] || null, role: speakerMatch[2]!, name: speakerMatch[3]! } : null,
    printedDate: printed ? isoDate(printed[1]!, printed[2]!, printed[3]!) : null,
    continuedFrom,
  };
}
