import { describe, expect, it } from 'vitest';
import { encodeLegacy } from '../../test-support/encode-legacy.js';
import { makeRawDocument } from '../../test-support/make-raw-document.js';
import { decodeDocument } from './decode-document.js';

const ARABIC = 'اشار السفير الايراني لدى موسكو كاظم جلالي الى المحادثات الهاتفية التي جرت اليوم السبت بين الرئيسين روحاني وبوتين حول وقف اطلاق النار.';
const RUSSIAN = 'Президент России Владимир Путин провёл телефонный разговор с президентом Ирана Хасаном Роухани и обсудил прекращение огня в Нагорном Карабахе.';

function raw(bytes: Uint8Array, contentType: 'text/html' | 'text/plain', declaredCharset: string | null = null) {
  return { ...makeRawDocument(''), bytes, contentType, declaredCharset };
}

describe('decodeDocument', () => {
  it('decodes an Arabic page in windows-1256 declared by <meta charset>', () => {
    const html = `<html><head><meta charset="windows-1256"><title>x</title></head><body><p>${ARABIC}</p></body></html>`;
    const decoded = decodeDocument(raw(encodeLegacy(html, 'windows-1256'), 'text/html'));
    expect(decoded.charset).toBe('windows-1256');
    expect(decoded.charsetMethod).toBe('meta');
    expect(decoded.text).toContain(ARABIC);
  });

  it('decodes a Russian page in windows-1251 declared by http-equiv Content-Type', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><p>${RUSSIAN}</p></body></html>`;
    const decoded = decodeDocument(raw(encodeLegacy(html, 'windows-1251'), 'text/html'));
    expect(decoded.charset).toBe('windows-1251');
    expect(decoded.text).toContain(RUSSIAN);
  });

  it('honours the HTTP header charset over the page and decodes KOI8-R', () => {
    const html = `<html><head><meta charset="utf-8"></head><body><p>${RUSSIAN}</p></body></html>`;
    const decoded = decodeDocument(raw(encodeLegacy(html, 'koi8-r'), 'text/html', 'KOI8-R'));
    expect(decoded.charsetMethod).toBe('declared');
    expect(decoded.text).toContain(RUSSIAN);
  });

  it('detects undeclared windows-1251 and windows-1256 plain text from the bytes', () => {
    const russian = decodeDocument(raw(encodeLegacy(`${RUSSIAN}\n\n${RUSSIAN}`, 'windows-1251'), 'text/plain'));
    expect(russian.charsetMethod).toBe('detected');
    expect(russian.text).toContain(RUSSIAN);
    const arabic = decodeDocument(raw(encodeLegacy(`${ARABIC}\n\n${ARABIC}`, 'windows-1256'), 'text/plain'));
    expect(arabic.text).toContain(ARABIC);
  });

  it('lets a byte-order mark win over every declaration', () => {
    const body = new TextEncoder().encode(`<meta charset="windows-1251"><p>${RUSSIAN}</p>`);
    const decoded = decodeDocument(raw(Uint8Array.from([0xef, 0xbb, 0xbf, ...body]), 'text/html'));
    expect(decoded).toMatchObject({ charset: 'utf-8', charsetMethod: 'bom' });
    expect(decoded.text.startsWith('<meta')).toBe(true);
    const utf16 = Buffer.from(`\ufeff${ARABIC}`, 'utf16le');
    expect(decodeDocument(raw(new Uint8Array(utf16), 'text/plain')).text).toBe(ARABIC);
  });

  it('trusts valid UTF-8 bytes over a stale legacy <meta> declaration', () => {
    const html = `<html><head><meta charset="windows-1256"></head><body><p>${ARABIC}</p></body></html>`;
    const decoded = decodeDocument(raw(new TextEncoder().encode(html), 'text/html'));
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.text).toContain(ARABIC);
  });

  it('ignores an unknown charset label instead of failing', () => {
    const decoded = decodeDocument(raw(new TextEncoder().encode(`<meta charset="no-such-charset"><p>${RUSSIAN}</p>`), 'text/html'));
    expect(decoded.charset).toBe('utf-8');
  });
});
