import type { Removal } from './types.ts';

/**
 * Stage: source markup, before the text is cut into pieces. Collections of reports wrap the text in markup of their
 * own: YAML front matter (`title:`, `source:` with the official URL), HTML comments (photo captions, print runs),
 * images. None of it is the report's text, so it is blanked out line by line (line numbers stay those of the file)
 * and every removed run is logged with its rule. What the front matter says is kept as the source header.
 */

/** What a collection's front matter says about the copy: its own title for the text and the URL it was taken from. */
export interface SourceHeader {
  /** The collection's title for the text (`运城市政府工作报告（2022年2月21日 储祥好）`); not printed in the report. */
  title: string | null;
  /** The official URL the copy was taken from, when the front matter gives one. */
  url: string | null;
}

const FRONT_MATTER_FENCE = /^---[ \t]*$/;
const FRONT_MATTER_FIELD = /^([A-Za-z_][\w-]*):[ \t]*(.*)$/;
/** A front matter block longer than this is not front matter but a report that starts with a rule line. */
const MAX_FRONT_MATTER_LINES = 30;
/** `<!-- … -->`, possibly over several lines. */
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
/** A markdown image on a line of its own: the image itself is not in the copy. */
const MARKDOWN_IMAGE = /^!\[[^\]\n]*\]\([^)\n]*\)[ \t]*$/gm;
/** `<details>`, `<summary>…</summary>` and `</details>`, used by some copies to fold a contents list. */
const HTML_FOLD = /^[ \t]*<\/?(?:details|summary)>(?:[^<\n]*<\/summary>)?[ \t]*$/gm;
/** A blockquote marker at the start of a line (`> 新华社北京3月12日电`): the marker goes, the text stays. */
const BLOCKQUOTE = /^>[ \t]?/gm;

function unquote(value: string): string {
  const trimmed = value.trim();
  return /^(["']).*\1$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}

/** Replaces a run of the text by spaces and newlines (so later offsets and line numbers do not move) and logs it. */
function blankOut(text: string, start: number, end: number, rule: Removal['rule'], removals: Removal[]): string {
  const removed = text.slice(start, end);
  const line = text.slice(0, start).split('\n').length;
  removed.split('\n').forEach((part, index) => {
    if (part.trim() !== '') removals.push({ rule, text: part, line: line + index });
  });
  return text.slice(0, start) + removed.replace(/[^\n]/g, ' ') + text.slice(end);
}

function blankAll(text: string, pattern: RegExp, rule: Removal['rule'], removals: Removal[]): string {
  let result = text;
  for (const match of [...text.matchAll(pattern)]) result = blankOut(result, match.index, match.index + match[0].length, rule, removals);
  return result;
}

export function stripSourceMarkup(text: string): { text: string; removals: Removal[]; header: SourceHeader | null } {
  const removals: Removal[] = [];
  let result = text;
  let header: SourceHeader | null = null;
  const lines = text.split('\n');
  if (lines.length > 2 && FRONT_MATTER_FENCE.test(lines[0]!)) {
    const close = lines.findIndex((line, index) => index > 0 && FRONT_MATTER_FENCE.test(line));
    const fields = close > 0 && close <= MAX_FRONT_MATTER_LINES ? lines.slice(1, close).filter((line) => line.trim() !== '') : [];
    if (fields.length > 0 && fields.every((line) => FRONT_MATTER_FIELD.test(line) || /^[ \t]|^-[ \t]/.test(line))) {
      // A field whose value is a list (`source:` then `- https://…`) takes its first item.
      const values = new Map<string, string>();
      let listKey: string | null = null;
      for (const line of fields) {
        const field = FRONT_MATTER_FIELD.exec(line);
        const item = /^[ \t]*-[ \t]+(.*)$/.exec(line);
        if (field) {
          listKey = field[2]!.trim() === '' ? field[1]!.toLowerCase() : null;
          if (!listKey) values.set(field[1]!.toLowerCase(), unquote(field[2]!));
        } else if (item && listKey && !values.has(listKey)) {
          values.set(listKey, unquote(item[1]!));
        }
      }
      header = { title: values.get('title') || null, url: values.get('source') || values.get('url') || null };
      const end = lines.slice(0, close + 1).join('\n').length;
      // Rule `source-front-matter`: the YAML block of a Markdown copy.
      result = blankOut(result, 0, end, 'source-front-matter', removals);
    }
  }
  // Rule `html-comment`, `markdown-image`, `html-fold`, `markdown-blockquote`.
  result = blankAll(result, HTML_COMMENT, 'html-comment', removals);
  result = blankAll(result, MARKDOWN_IMAGE, 'markdown-image', removals);
  result = blankAll(result, HTML_FOLD, 'html-fold', removals);
  result = blankAll(result, BLOCKQUOTE, 'markdown-blockquote', removals);
  return { text: result, removals, header };
}
