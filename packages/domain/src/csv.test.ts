import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv.js';

describe('csvField', () => {
  it('quotes fields holding a comma, a quote or a line break (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('庆元"县')).toBe('"庆元""县"');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField({ a: 1 })).toBe('"{""a"":1}"');
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ['-2+3', "'-2+3"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
  ])('neutralises the formula %j (OWASP)', (cell, written) => {
    expect(csvField(cell)).toBe(written);
  });

  it('leaves numbers, and text that is only a number, as they are', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField('-12.5')).toBe('-12.5');
    expect(csvField('+3e2')).toBe('+3e2');
    expect(csvField('增长7.5%')).toBe('增长7.5%');
    expect(csvField('a=b')).toBe('a=b');
  });
});

describe('toCsv', () => {
  it('writes a BOM, the header and CRLF rows', () => {
    expect(toCsv(['x', 'n'], [['=1+1', 1]])).toBe("\ufeffx,n\r\n'=1+1,1\r\n");
  });
});
