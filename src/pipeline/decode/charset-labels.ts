/**
 * Normalises a charset label to one Node's TextDecoder accepts (full ICU
 * knows windows-1256, windows-1251, KOI8-R, ISO-8859-x, GBK, Shift_JIS…).
 */
export function normalizeCharsetLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  const cleaned = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!cleaned) return null;
  // The HTML standard maps a declared UTF-16 in a <meta> to UTF-8: the prescan could read it, so the bytes are ASCII-compatible.
  if (cleaned === 'utf-16' || cleaned === 'utf-16le' || cleaned === 'utf-16be') return 'utf-8';
  try {
    return new TextDecoder(cleaned).encoding;
  } catch {
    return null;
  }
}
