/**
 * `/llms.txt` in the llmstxt.org format: an H1 with the site's name, a `>` summary, paragraphs of detail, then H2
 * sections of `- [name](url): note` links. Data in, markdown text out.
 */

/** One link of a section; the note is optional and written on the same line. */
export interface LlmsLink {
  name: string;
  url: string;
  note?: string;
}

/** An H2 section: prose paragraphs (markdown, as given), then links. */
export interface LlmsSection {
  title: string;
  text?: string[];
  links?: LlmsLink[];
}

export interface LlmsDocument {
  title: string;
  summary: string;
  details: string[];
  sections: LlmsSection[];
}

// A list item is one line, so notes and summaries are folded onto one.
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A link's text with the brackets that would end it escaped, and its address with the parentheses and spaces that would.
 * @example markdownLink('a [b]', 'https://x.org/(1)') // => '[a \\[b\\]](https://x.org/%281%29)'
 */
export function markdownLink(name: string, url: string): string {
  const text = oneLine(name).replace(/[\\[\]]/g, (character) => `\\${character}`);
  const href = url.replace(/[()\s]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${text}](${href})`;
}

/** The document as markdown text. */
export function llmsTxt(document: LlmsDocument): string {
  const blocks = [`# ${oneLine(document.title)}`, `> ${oneLine(document.summary)}`, ...document.details];
  for (const section of document.sections) {
    blocks.push(`## ${oneLine(section.title)}`, ...(section.text ?? []));
    const links = section.links ?? [];
    if (links.length > 0) blocks.push(links.map((link) => `- ${markdownLink(link.name, link.url)}${link.note ? `: ${oneLine(link.note)}` : ''}`).join('\n'));
  }
  return `${blocks.map((block) => block.trim()).join('\n\n')}\n`;
}

/**
 * The text of a markdown section under the `## heading` with exactly that title, up to the next heading of the same
 * or a higher level; so that a page can quote what another page says without a copy that could drift from it.
 * @example markdownSection('## A\n\nOne.\n\n## B\n\nTwo.', 'A') // => 'One.'
 */
export function markdownSection(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start === -1) throw new Error(`no "## ${heading}" section`);
  const end = lines.findIndex((line, index) => index > start && /^#{1,2} /.test(line));
  return lines
    .slice(start + 1, end === -1 ? undefined : end)
    .join('\n')
    .trim();
}
