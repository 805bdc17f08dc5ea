/** Collapses runs of white space (including NBSP and zero-width space) to single spaces and trims. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}
