import { describe, expect, it } from 'vitest';
import { decodeReport, ReportError } from '../../src/pipeline/index.ts';
import { fixtureBytes } from '../helpers.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

function errorOf(bytes: Uint8Array): ReportError {
  try {
    decodeReport(bytes);
  } catch (error) {
    if (error instanceof ReportError) return error;
    throw error;
  }
  throw new Error('expected a ReportError');
}

describe('decodeReport', () => {
  it('reads UTF-8', () => {
    expect(decodeReport(utf8('政府工作报告\n'))).toEqual({ text: '政府工作报告\n', encoding: 'utf-8', hadBom: false, convertedLineEndings: false });
  });

  it('reads GB18030 (GBK) files as the same text', () => {
    const gb = decodeReport(fixtureBytes('gb18030-report.txt'));
    expect(gb.encoding).toBe('gb18030');
    expect(gb.text).toBe(decodeReport(fixtureBytes('county-bracket-headings.txt')).text);
  });

  it('strips a UTF-8 byte-order mark and converts CRLF line endings', () => {
    const crlf = decodeReport(fixtureBytes('crlf-report.txt'));
    expect(crlf).toMatchObject({ encoding: 'utf-8', hadBom: true, convertedLineEndings: true });
    expect(crlf.text).toBe(decodeReport(fixtureBytes('county-bracket-headings.txt')).text);
    expect(crlf.text).not.toContain('\r');
  });

  it('converts lone CR line endings', () => {
    expect(decodeReport(utf8('一、甲\r\r乙。')).text).toBe('一、甲\n\n乙。');
  });

  it('rejects an empty file at line 1', () => {
    expect(errorOf(new Uint8Array())).toMatchObject({ line: 1, message: 'empty file' });
  });

  it('rejects a binary file', () => {
    expect(errorOf(fixtureBytes('bad-binary.bin')).message).toMatch(/^binary file/);
    expect(errorOf(utf8('一、标题\n\n正文\u0007。')).line).toBe(3);
  });

  it('rejects damaged UTF-8 instead of reading it as GB18030 mojibake, naming the line', () => {
    expect(errorOf(fixtureBytes('bad-undecodable.txt'))).toMatchObject({ line: 3, message: 'undecodable text: invalid UTF-8 in a UTF-8 file' });
    const short = utf8('一、工作\n\n正文。');
    const damaged = new Uint8Array([...short.slice(0, 4), 0xff, ...short.slice(4)]);
    expect(errorOf(damaged)).toMatchObject({ line: 1, message: 'undecodable text: invalid UTF-8 in a UTF-8 file' });
  });

  it('rejects bytes that are neither UTF-8 nor GB18030', () => {
    expect(errorOf(new Uint8Array([0x41, 0x0a, 0x0a, 0xff, 0xff, 0x80]))).toMatchObject({ line: 3, message: 'undecodable text: neither UTF-8 nor GB18030' });
  });
});
