import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../helpers.ts';

/**
 * Bad and odd report files, made from a valid county report (`county-bracket-headings.txt`) so each differs from a
 * good report in one way. `error` is the line the one-line error must name; otherwise the file parses, every
 * character is accounted for, and `keeps` are strings that must reach the published text unchanged.
 */
export interface BadInputCase {
  name: string;
  bytes: Uint8Array;
  error?: number;
  warning?: boolean;
  keeps?: string[];
}

const valid = readFileSync(join(root, 'tests', 'fixtures', 'reports', 'county-bracket-headings.txt'), 'utf8');
const lines = valid.split('\n');
const utf8 = (text: string) => new TextEncoder().encode(text);
/** The valid report with line `at` (1-based) replaced. */
const withLine = (at: number, text: string) => utf8(lines.map((line, index) => (index === at - 1 ? text : line)).join('\n'));
/** The valid report with `text` appended to line `at`. */
const appended = (at: number, text: string) => withLine(at, lines[at - 1] + text);
const paragraphLine = 7;

export const BAD_INPUT_CASES: BadInputCase[] = [
  { name: 'empty', bytes: new Uint8Array(), error: 1 },
  { name: 'whitespace only', bytes: utf8(' \n\n\t\n　\n'), error: 1 },
  { name: 'binary', bytes: Uint8Array.from({ length: 64 }, (_, index) => index), error: 1 },
  // The PNG signature holds two line feeds, so its first NUL byte is on line 3.
  { name: 'PNG header', bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), error: 3 },
  { name: 'undecodable byte on line 3', bytes: Uint8Array.from([...utf8(lines.slice(0, 2).join('\n') + '\n县人民政府'), 0xff, ...utf8('\n' + lines.slice(3).join('\n'))]), error: 3 },
  { name: 'UTF-16 with BOM', bytes: Uint8Array.from([0xff, 0xfe, ...[...valid].flatMap((character) => { const code = character.charCodeAt(0); return [code & 0xff, code >> 8]; })]), error: 1 },
  { name: 'UTF-16 big-endian with BOM', bytes: Uint8Array.from([0xfe, 0xff, ...[...valid].flatMap((character) => { const code = character.charCodeAt(0); return [code >> 8, code & 0xff]; })]), error: 1 },
  { name: 'notes appendix with no body', bytes: utf8(lines.slice(42).join('\n')), error: 1 },
  { name: 'headings only', bytes: utf8(lines.filter((line) => /^[一二三四五六七八九十]+、|^\(/.test(line)).join('\n\n')) },
  { name: 'text only, no headings', bytes: utf8('今年以来，全县经济运行总体平稳。\n\n项目建设持续推进，民生保障有力有效。\n'), error: 1 },
  { name: 'numbering gap (kept, with a warning)', bytes: withLine(33, '(四)' + lines[32]!.slice(3)) },
  { name: 'numbering that goes back', bytes: withLine(29, '(一)推进乡村振兴'), error: 29 },
  { name: 'duplicate heading', bytes: withLine(21, lines[10]!), error: 21 },
  { name: 'GB18030', bytes: readFileSync(join(root, 'tests', 'fixtures', 'reports', 'gb18030-report.txt')) },
  { name: 'CRLF with BOM', bytes: readFileSync(join(root, 'tests', 'fixtures', 'reports', 'crlf-report.txt')) },
  { name: 'mixed line endings', bytes: utf8(lines.map((line, index) => line + (index % 3 === 0 ? '\r\n' : index % 3 === 1 ? '\n' : '\r\n')).join('')) },
  { name: 'extremely long line', bytes: appended(paragraphLine, '持续推进项目建设，'.repeat(20_000)) },
  { name: '5 MB report', bytes: utf8(valid.replace(lines[paragraphLine - 1]!, `${lines[paragraphLine - 1]}\n\n${`${lines[paragraphLine - 1]}\n\n`.repeat(Math.ceil(5_000_000 / utf8(lines[paragraphLine - 1]! + '\n\n').length))}`.trimEnd())) },
  { name: 'script tag', bytes: appended(paragraphLine, '<script>alert(1)</script>'), keeps: ['<script>alert(1)</script>'] },
  { name: 'image with onerror', bytes: appended(paragraphLine, '<img src=x onerror="alert(1)">'), keeps: ['<img src=x onerror="alert(1)">'] },
  { name: 'javascript: link text', bytes: appended(paragraphLine, '详见 javascript:alert(1) 链接'), keeps: ['javascript:alert(1)'] },
  { name: 'MDX expression and import', bytes: appended(paragraphLine, '{props.x} import x from "y"'), keeps: ['{props.x}', 'import x from "y"'] },
  { name: 'JSX component', bytes: appended(paragraphLine, '<Aside type="note">注</Aside>'), keeps: ['<Aside type="note">注</Aside>'] },
  { name: 'HTML entity', bytes: appended(paragraphLine, '&lt;b&gt; &amp;'), keeps: ['&lt;b&gt; &amp;'] },
  { name: 'unclosed bold', bytes: appended(paragraphLine, '**未闭合的加粗') },
  { name: 'table with ragged rows', bytes: withLine(paragraphLine, '指标\t2022 年\t2023 年\n地区生产总值\t120.5\n财政收入\t8.1\t8.6\t备注') },
  { name: 'a note no paragraph uses', bytes: utf8(`${valid.trimEnd()}\n\n3、“无人引用”\n\n这条注释在正文中没有出现。\n`), keeps: ['这条注释在正文中没有出现。'] },
  { name: 'zero-width and private-use characters', bytes: appended(paragraphLine, '零\u200b宽\ue000字符'), keeps: ['零\u200b宽\ue000字符'] },
  { name: 'emoji and astral characters', bytes: appended(paragraphLine, '𠀀𪚥😀'), keeps: ['𠀀𪚥😀'] },
  { name: 'right-to-left override', bytes: appended(paragraphLine, '\u202eabc'), keeps: ['\u202eabc'] },
];
