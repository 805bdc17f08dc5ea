/** File-system errors worded for users: the errno code, never a stack or a syscall dump. */
import type { ErrorCode } from '../core/errors.js';

export interface FsProblem {
  code: ErrorCode;
  reason: string;
}

/**
 * The failure code and plain reason for an error thrown by node:fs.
 */
export function fsProblem(error: unknown): FsProblem {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { code: 'INPUT_NOT_FOUND', reason: 'no such file or folder' };
    case 'EACCES':
    case 'EPERM':
      return { code: 'INPUT_UNREADABLE', reason: `cannot be read: permission denied (${code})` };
    case 'EISDIR':
      return { code: 'INPUT_UNSUPPORTED', reason: 'is a folder, not a file' };
    default:
      return { code: 'INPUT_UNREADABLE', reason: `cannot be read (${typeof code === 'string' ? code : 'unknown error'})` };
  }
}
