import { APPENDIX_NOTE_ITEM, NOTES_HEADING, SALUTATION, matchHeading } from './classify.ts';
import { allSections, attachSuspectedTypos, checkBlockIds, checkIds, countStats, crossCheckToc, settleLines } from './checks.ts';
import { cleanPieces, isBodyLike, takeToc } from './clean-up.ts';
import { ReportError } from './errors.ts';
import { frontRoles, isColophonLine, isNewsLede, readMetadata } from './front-matter.ts';
import { findBareHeadings } from './bare-headings.ts';
import { splitItemsAfterColon } from './headings-in-context.ts';
import { isGap, joinBreaks } from './joins.ts';
import { parseNotes } from './notes.ts';
import type { Override, ParseOptions } from './overrides.ts';
import { splitIntoPieces } from './paragraphs.ts';
import type { Piece } from './piece.ts';
import { isRunningHeader } from './repairs.ts';
import { stripSourceMarkup } from './source-markup.ts';
import { buildSections, findClosingLine, makeParagraph } from './structure.ts';
import { cutTrailingLeftovers, findAttachments } from './back-matter.ts';
import type { Appendix, FrontItem, LineRange, Removal, ReportTree, Warning } from './types.ts';

export type { Override, ParseOptions, SuspectedTypo } from './overrides.ts';

/**
 * The pipeline in order; each stage is a module with its own tests:
 * decode (decode.ts) → source markup (source-markup.ts) → lines into pieces (paragraphs.ts) → clean-up rules (clean-up.ts) → front and back matter
 * (front-matter.ts, back-matter.ts, notes.ts) → unnumbered headings (bare-headings.ts) → joins (joins.ts) → headings known by their numbering (headings-in-context.ts) → structure (structure.ts) → ids and checks (checks.ts).
 */

/**
 * Parses the decoded text of a report into its section tree. Pure: no files, no Astro.
 * Throws a ReportError (with the source line) for input it cannot parse faithfully.
 */
export function parseReport(text: string, { overrides: overrideList = [], suspectedTypos = [] }: ParseOptions = {}): ReportTree {
  const removals: Removal[] = [];
  const warnings: Warning[] = [];
  const overrides = new Map(overrideList.map((override) => [override.line, override]));
  const used = new Set<Override>();

  const source = stripSourceMarkup(text);
  removals.push(...source.removals);
  const split = splitIntoPieces(source.text);
  if (split.length === 0) throw new ReportError(1, 'empty file (only whitespace)');
  const { pieces: cleaned, continuedFrom } = cleanPieces(split, removals, warnings);
  const { pieces, toc } = takeToc(cleaned, removals);

  // Front matter: everything before the first heading, salutation or body paragraph.
  const bodyStart = continuedFrom !== null ? 0 : pieces.findIndex((piece) => matchHeading(piece.text) !== null || SALUTATION.test(piece.text) || (isBodyLike(piece) && !isNewsLede(piece.text)));
  const frontPieces = bodyStart === -1 ? pieces : pieces.slice(0, bodyStart);
  const roles = frontRoles(frontPieces.map((piece) => piece.text));
  const front: FrontItem[] = frontPieces.map((piece, index) => ({ role: roles[index]!, text: piece.text, lines: { ...piece.lines } }));
  let rest = bodyStart === -1 ? [] : pieces.slice(bodyStart);

  // Back matter, from the end: web leftovers, colophon lines, then attachments and the notes appendix.
  const firstParagraph = rest.find((piece) => isBodyLike(piece) && !SALUTATION.test(piece.text));
  rest = cutTrailingLeftovers(rest, [...frontPieces.map((piece) => piece.text), ...(firstParagraph ? [firstParagraph.text] : [])], removals);
  let colophonStart = rest.length;
  while (colophonStart > 0 && isColophonLine(rest[colophonStart - 1]!.text)) colophonStart--;
  const colophon: FrontItem[] = rest.slice(colophonStart).map((piece) => ({ role: 'other', text: piece.text, lines: { ...piece.lines } }));
  rest = rest.slice(0, colophonStart);
  // Attachments come after the report's last address to the deputies.
  const lastAddress = rest.findLastIndex((piece) => SALUTATION.test(piece.text));
  const attachments = lastAddress === -1 ? [] : findAttachments(rest).filter((start) => start.index > lastAddress);
  const attachmentPieces = attachments.length === 0 ? [] : rest.slice(attachments[0]!.index);
  if (attachments.length > 0) rest = rest.slice(0, attachments[0]!.index);
  const notesStart = rest.findIndex((piece) => NOTES_HEADING.test(piece.text));
  let notePieces = notesStart === -1 ? [] : rest.slice(notesStart + 1);
  let notesHeading: { text: string; lines: LineRange } | null = notesStart === -1 ? null : { text: rest[notesStart]!.text, lines: { ...rest[notesStart]!.lines } };
  let body = notesStart === -1 ? rest : rest.slice(0, notesStart);
  const appendices: Appendix[] = [];
  attachments.forEach((start, index) => {
    const offset = attachments[0]!.index;
    const pieces = attachmentPieces.slice(start.index - offset, (attachments[index + 1]?.index ?? offset + attachmentPieces.length) - offset);
    const heading = pieces.slice(0, start.headingPieces);
    const headingLines = { start: heading[0]!.lines.start, end: heading.at(-1)!.lines.end };
    if (start.isNotes && notesHeading === null) {
      notesHeading = { text: heading.map((piece) => piece.text).join(' '), lines: headingLines };
      notePieces = pieces.slice(start.headingPieces);
      return;
    }
    const id = `a${appendices.length + 1}`;
    const counter = { paragraphs: 0, lastItem: 0, prefix: `${id}-p` };
    const items = joinBreaks(pieces.slice(start.headingPieces), new Map(), new Set()).filter((item): item is Piece => !isGap(item));
    const blocks = items.map((piece) => makeParagraph(piece, counter, warnings));
    const title = start.headingPieces === 2 ? heading[1]!.text : start.title;
    appendices.push({ id, label: heading[0]!.text.slice(0, heading[0]!.text.length - (start.headingPieces === 1 && start.title ? start.title.length : 0)).replace(/[ \u3000]+$/, ''), title, headingLines, lines: { start: headingLines.start, end: pieces.at(-1)!.lines.end }, blocks });
  });

  const opening = body.slice(0, 3).map((piece) => piece.text).join('\n');
  const metadata = readMetadata(front, colophon, opening, continuedFrom, source.header);

  // Rule `running-header`: a page header left inside the body.
  body = body.filter((piece, index) => {
    if (index === 0 || matchHeading(piece.text) || !isRunningHeader(piece.text, metadata.title)) return true;
    removals.push({ rule: 'running-header', text: piece.text, line: piece.lines.start });
    return false;
  });

  const bare = findBareHeadings(body);
  const items = splitItemsAfterColon(joinBreaks(body, overrides, used, new Set(bare.headings.keys())));
  const { preamble, sections, closing } = buildSections(items, bare, continuedFrom !== null, findClosingLine(items, overrideList), overrides, used, warnings);

  const joinedNotes = joinBreaks(notePieces, new Map(), new Set(), new Set(notePieces.filter((piece) => APPENDIX_NOTE_ITEM.test(piece.text)))).filter((item): item is Piece => !isGap(item));
  const { notes, warnings: noteWarnings } = parseNotes(joinedNotes);
  warnings.push(...noteWarnings);

  for (const override of overrideList) {
    if (!used.has(override)) throw new ReportError(override.line, `override ${override.rule} at line ${override.line} was not used: no paragraph starts there, or the general rules already handle it`);
  }
  sections.forEach(settleLines);
  sections.forEach(checkIds);
  // The preamble and the closing share the report page.
  checkBlockIds('the report page', [...preamble, ...closing]);
  attachSuspectedTypos(suspectedTypos, [...preamble, ...allSections(sections).flatMap((section) => [...section.blocks, ...section.afterChildren]), ...closing]);
  crossCheckToc(toc, sections, warnings);

  const tree: Omit<ReportTree, 'stats'> = {
    metadata,
    front,
    preamble,
    sections,
    closing,
    notes,
    appendices,
    notesHeading: notesHeading ? { text: notesHeading.text, lines: { ...notesHeading.lines } } : null,
    colophon,
    toc,
    removals,
    warnings: warnings.sort((a, b) => a.line - b.line),
  };
  return { ...tree, stats: countStats(tree) };
}

