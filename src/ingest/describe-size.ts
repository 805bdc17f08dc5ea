/** Byte counts worded for people, exact enough to compare a size with its limit. */

const UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

/**
 * "512 bytes", or "1.5 MB (1572864 bytes)" — the exact count stays because two sizes
 * that round to the same "1.0 MB" must still read as different.
 * @example describeSize(2048) // "2.0 KB (2048 bytes)"
 */
export function describeSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${UNITS[unit]} (${bytes} bytes)`;
}

/**
 * The plain reason for an INPUT_TOO_LARGE failure.
 * @example tooLargeReason('the file', 5000, 1000) // "the file is 4.9 KB (5000 bytes), over the limit of 1000 bytes"
 */
export function tooLargeReason(what: string, size: number, limit: number): string {
  return `${what} is ${describeSize(size)}, over the limit of ${describeSize(limit)}`;
}
