import { describe, expect, it } from 'vitest';
import { isBlank, looksBinary } from './binary-sniff.js';
import { parseContentType } from './content-type.js';
import { decodeXml } from './decode-text.js';
import { formatFromFileName } from './detect-format.js';
import { fsProblem } from './fs-errors.js';
import { parseJson } from './parse-json.js';
import { markupRoot, sniffMarkup } from './sniff-markup.js';
import { formatOfFetched } from './url-format.js';

const bytes = (value: string) => new TextEncoder().encode(value);

describe('formatFromFileName', () => {
  it.each([
    ['a.TXT', 'text', false],
    ['dir.v2/a.html.gz', 'html', true],
    ['x.ndjson', 'jsonl', false],
    ['x.xml', 'xml', false],
    ['cc-news.warc.gz', 'warc', true],
    ['list.opml', 'opml', false],
  ])('%s → %s', (name, format, gzip) => {
    expect(formatFromFileName(name)).toEqual({ known: true, format, gzip });
  });

  it('names the unknown extension', () => {
    expect(formatFromFileName('a.tar.gz')).toEqual({ known: false, extension: '.gz' });
    expect(formatFromFileName('README')).toEqual({ known: false, extension: '(no extension)' });
  });
});

describe('sniffMarkup', () => {
  it('finds the root element past the declaration, comments, stylesheets and a doctype', () => {
    expect(markupRoot('\uFEFF<?xml version="1.0"?>\n<!-- hi -->\n<?xml-stylesheet href="x"?>\n<!DOCTYPE rss [ <!ENTITY a "b"> ]>\n<rss version="2.0">')).toBe('rss');
    expect(sniffMarkup('<rdf:RDF xmlns:rdf="…">')).toBe('feed');
    expect(sniffMarkup('<feed xmlns="http://www.w3.org/2005/Atom">')).toBe('feed');
    expect(sniffMarkup('<opml version="1.0">')).toBe('opml');
    expect(sniffMarkup('<!doctype html><html lang="en">')).toBe('html');
    expect(sniffMarkup('{"version": 1}')).toBeNull();
  });
});

describe('formatOfFetched', () => {
  it('believes the body before the media type', () => {
    expect(formatOfFetched('text/plain', bytes('<rss version="2.0"><channel/></rss>'))).toEqual({ ok: true, format: 'feed' });
    expect(formatOfFetched('application/octet-stream', bytes('WARC/1.1\r\n'))).toEqual({ ok: true, format: 'warc' });
    expect(formatOfFetched(null, bytes('<html><body>x</body></html>'))).toEqual({ ok: true, format: 'html' });
    expect(formatOfFetched('application/feed+json', bytes('{"version": "https://jsonfeed.org/version/1.1"}'))).toEqual({ ok: true, format: 'feed' });
    expect(formatOfFetched('text/xml', bytes('<urlset/>'))).toEqual({ ok: false, reason: 'XML that is neither a feed nor OPML' });
    expect(formatOfFetched('image/png', bytes('\x89PNG'))).toEqual({ ok: false, reason: 'not a supported media type: image/png' });
  });
});

describe('byte checks', () => {
  it('isBlank: whitespace and a lone BOM are blank', () => {
    expect(isBlank(new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a]))).toBe(true);
    expect(isBlank(bytes(' x '))).toBe(false);
  });

  it('looksBinary: NUL bytes or mostly control bytes, but not UTF-16 with a BOM', () => {
    expect(looksBinary(bytes('plain text\twith tabs\r\n'))).toBe(false);
    expect(looksBinary(new Uint8Array([0x41, 0x00, 0x42]))).toBe(true);
    expect(looksBinary(new Uint8Array([0x01, 0x02, 0x03, 0x41, 0x04, 0x05]))).toBe(true);
    expect(looksBinary(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBe(false);
  });
});

describe('small parsers', () => {
  it('parseContentType lower-cases and unquotes', () => {
    expect(parseContentType('Text/HTML; Charset="UTF-8"')).toEqual({ mediaType: 'text/html', charset: 'utf-8' });
    expect(parseContentType(null)).toEqual({ mediaType: null, charset: null });
  });

  it('decodeXml: BOM, then the declared charset, then the XML declaration', () => {
    const latin1 = Uint8Array.from([...'<?xml version="1.0" encoding="ISO-8859-1"?><a>caf\xe9</a>'].map((c) => c.charCodeAt(0)));
    expect(decodeXml(latin1, null)).toContain('café');
    expect(decodeXml(bytes('<a>café</a>'), 'no-such-charset')).toBe('<a>café</a>');
  });

  it('parseJson gives line and column', () => {
    expect(parseJson('[1,\n 2,,]')).toEqual({ ok: false, reason: expect.stringMatching(/^malformed JSON at line 2, column 4: /) });
  });

  it('fsProblem words permission errors plainly', () => {
    expect(fsProblem(Object.assign(new Error('EACCES: permission denied, open /x'), { code: 'EACCES' }))).toEqual({
      code: 'INPUT_UNREADABLE',
      reason: 'cannot be read: permission denied (EACCES)',
    });
  });
});

describe('parseJson positions', () => {
  it.each([
    ['{"a": 1,\n  "b" 2}', 'malformed JSON at line 2, column 7: '],
    ['{"a": tru}', 'malformed JSON at line 1, column 10: Unexpected token'],
    ['[1, 2', 'malformed JSON at line 1, column 6: '],
    ['{"a": 1} x', 'malformed JSON at line 1, column 10: '],
  ])('%j', (input, prefix) => {
    const result = parseJson(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason.startsWith(prefix)).toBe(true);
      expect(result.reason).not.toContain('\n');
    }
  });
});
