/**
 * Encodes text in a single-byte legacy charset (windows-1256, windows-1251,
 * KOI8-R…) by inverting TextDecoder's table, so tests need no fixture files
 * and no encoder library.
 */
export function encodeLegacy(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) {
    const char = decoder.decode(new Uint8Array([byte]));
    if (char !== '\ufffd' && !table.has(char)) table.set(char, byte);
  }
  return Uint8Array.from([...text], (char) => {
    const byte = table.get(char);
    if (byte === undefined) throw new Error(`${encoding} cannot encode ${JSON.stringify(char)}`);
    return byte;
  });
}
