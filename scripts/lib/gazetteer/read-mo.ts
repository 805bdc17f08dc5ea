/**
 * Reads a compiled gettext catalogue (.mo) into msgid → msgstr pairs, so the
 * generator does not need gettext's `msgunfmt` on the machine. Format:
 * https://www.gnu.org/software/gettext/manual/html_node/MO-Files.html
 */
import { readFileSync } from 'node:fs';

const MAGIC_LE = 0x950412de;
const MAGIC_BE = 0xde120495;

/**
 * Every singular, context-free entry of a UTF-8 .mo file, header excluded.
 * @example readMoCatalogue('/usr/share/locale/ar/LC_MESSAGES/geonames.mo').get('524901') // 'موسكو'
 */
export function readMoCatalogue(path: string): Map<string, string> {
  const buffer = readFileSync(path);
  const magic = buffer.readUInt32LE(0);
  if (magic !== MAGIC_LE && magic !== MAGIC_BE) throw new Error(`${path} is not a gettext .mo file`);
  const read = (offset: number): number => (magic === MAGIC_LE ? buffer.readUInt32LE(offset) : buffer.readUInt32BE(offset));
  const count = read(8);
  const originals = read(12);
  const translations = read(16);
  const text = (table: number, index: number): string => {
    const length = read(table + index * 8);
    const offset = read(table + index * 8 + 4);
    return buffer.toString('utf8', offset, offset + length);
  };
  const entries = new Map<string, string>();
  for (let i = 0; i < count; i += 1) {
    const id = text(originals, i);
    if (id === '') {
      const header = text(translations, i);
      if (/charset=/iu.test(header) && !/charset=utf-8/iu.test(header)) throw new Error(`${path} is not UTF-8`);
      continue;
    }
    // Plural entries hold "\0"-separated forms and contexts a "\x04" prefix; place names have neither.
    if (id.includes('\0') || id.includes('\x04')) continue;
    entries.set(id, text(translations, i));
  }
  return entries;
}
