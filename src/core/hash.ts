import { createHash } from 'node:crypto';

/** Hex SHA-256 of bytes or a string (strings are hashed as UTF-8). */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}
