import type { ResolvedDate } from '../../core/article.js';
import type { DateCandidate } from '../extract/extracted-document.js';
import { parseMachineDate } from './parse-machine-date.js';

/** The first candidate that parses wins: candidates arrive ordered from most to least trusted. */
export function resolvePublished(candidates: DateCandidate[]): ResolvedDate | null {
  for (const candidate of candidates) {
    const parsed = parseMachineDate(candidate.text, candidate.method);
    if (parsed) return parsed;
  }
  return null;
}
