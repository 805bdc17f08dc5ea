import { WARCParser, WARCRecord, WARCSerializer } from 'warcio';
import fs from 'node:fs';
const enc = new TextEncoder();
async function* body(s) { yield enc.encode(s); }
async function mk(){ const recs = [];
recs.push(await WARCRecord.createWARCInfo({ filename: 'x.warc', warcVersion: 'WARC/1.1' }, { software: 't' }));
recs.push(await WARCRecord.create({ url: 'http://a/1', date: '2024-01-01T00:00:00Z', type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': 'text/html; charset=windows-1252' } }, body('<html><body>one</body></html>')));
recs.push(await WARCRecord.create({ url: 'http://a/img', type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': 'image/png' } }, body('PNGDATA')));
recs.push(await WARCRecord.create({ url: 'http://a/2', type: 'response', warcVersion: 'WARC/1.1', statusline: 'HTTP/1.1 404 Not Found', httpHeaders: { 'Content-Type': 'text/html' } }, body('nf')));
recs.push(await WARCRecord.create({ url: 'http://a/3', type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': 'text/html', 'Transfer-Encoding': 'chunked' } }, body('5\r\nhello\r\n0\r\n\r\n')));
return recs; }
for (const gzip of [false, true]) {
  const parts = []; const recs = await mk();
  for (const r of recs) parts.push(await WARCSerializer.serialize(r, { gzip }));
  const all = Buffer.concat(parts);
  for (const cut of [all.length, all.length - 20, 300, 30]) {
    const buf = all.subarray(0, cut);
    fs.writeFileSync('/tmp/t.warc', buf);
    const parser = new WARCParser(fs.createReadStream('/tmp/t.warc'));
    let n = 0;
    for await (const rec of parser) {
      n++;
      const raw = rec.reader; let size = 0; const chunks = [];
      for await (const c of raw) { size += c.length; chunks.push(c); }
      console.log(gzip, cut, n, parser.offset, rec.warcType, rec.warcTargetURI, rec.warcDate, rec.warcHeader('WARC-Record-ID'), rec.httpHeaders?.statusCode, rec.httpHeaders?.headers.get('content-type'), 'raw', size, 'limit', raw.limit, rec.warcHeaders.statusline, rec.warcHeaders.headers.get('content-length'));
      if (rec.httpHeaders && chunks.length) { const dec = await rec._createDecodingReader(chunks).readFully(); console.log('  decoded', JSON.stringify(Buffer.from(dec).toString())); }
      if (raw.limit > 0) { console.log('  TRUNCATED'); break; }
    }
  }
}
