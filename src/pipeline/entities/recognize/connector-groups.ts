/**
 * Where a capitalised run with lower-case connectors inside is one name and
 * where it is several: "Harbour Institute of Marine Sciences" is one (an
 * organisation head noun before "of" takes the words after it), "Edited
 * by Harbour Institute" is two, "Iran and Russia" is two.
 */
import type { RecognitionContext } from './context.js';
import type { Run } from './capitalised-runs.js';

/** Whether tokens [start, end) hold an organisation or event head noun written capitalised ("Institute", "Hochschule", "Treaty"). */
export function hasNameHead(context: RecognitionContext, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const cue = context.inCue[i];
    if (!cue || (cue.phrase.kind !== 'organization' && cue.phrase.kind !== 'other')) continue;
    if (cue.start >= start && cue.end <= end && context.words[cue.start]?.capitalized) return true;
  }
  return false;
}

const COORDINATOR = /^(?:and|und|et|y|e)$/u;

/** Consecutive joints of a run as blocks: "of the" between two capitalised parts is one block. */
function jointBlocks(joints: readonly number[]): number[][] {
  const blocks: number[][] = [];
  for (const joint of joints) {
    const last = blocks[blocks.length - 1];
    if (last && last[last.length - 1] === joint - 1) last.push(joint);
    else blocks.push([joint]);
  }
  return blocks;
}

/** Words before "and" that share the head noun after it are short: "Somerset and Dorset Joint Railway", "Air and Space Museum". */
const MAX_SHARED_HEAD_PART = 2;

/**
 * "Boston and Maine Railroad", "Strategic Air and Space Museum": a bare
 * "and" between a part with no head noun of its own and a part that ends in
 * one is one name whose head serves both. With its own head the left part is
 * a name of its own ("University of Tehran and Sharif Institute").
 */
function sharedHead(context: RecognitionContext, groupStart: number, block: readonly number[], nextEnd: number): boolean {
  if (block.length !== 1 || !COORDINATOR.test(context.words[block[0]!]?.folded ?? '')) return false;
  const joint = block[0]!;
  if (joint - groupStart > MAX_SHARED_HEAD_PART || hasNameHead(context, groupStart, joint)) return false;
  return hasNameHead(context, joint + 1, nextEnd) && !context.words[joint + 1]?.stop;
}

/**
 * Splits a run into the names it holds. A block of connectors binds the part
 * after it when every word of it is one of the language's name connectors and
 * the name so far has a head noun ("Ministry of Science and Technology"); any
 * other connector ends the name ("University of Lagos at Akoka").
 */
export function groupsAtConnectors(context: RecognitionContext, run: Run): Run[] {
  const { nameConnectors } = context.resources;
  const groups: Run[] = [];
  let groupStart = run.start;
  let joints: number[] = [];
  const blocks = jointBlocks(run.joints);
  blocks.forEach((block, b) => {
    const first = block[0]!;
    const last = block[block.length - 1]!;
    // "University of Tehran and the Iranian Parliament": a conjunction before a part with its own head noun joins two names.
    const nextEnd = blocks[b + 1]?.[0] ?? run.end;
    const coordinated = block.some((j) => COORDINATOR.test(context.words[j]?.folded ?? ''));
    const twoNames = coordinated && hasNameHead(context, last + 1, nextEnd);
    const binds = sharedHead(context, groupStart, block, nextEnd) || (!twoNames && block.every((j) => nameConnectors.has(context.words[j]?.folded ?? '')) && hasNameHead(context, groupStart, first));
    if (binds) {
      joints.push(...block);
      return;
    }
    if (first > groupStart) groups.push({ start: groupStart, end: first, joints });
    groupStart = last + 1;
    joints = [];
  });
  groups.push({ start: groupStart, end: run.end, joints });
  return groups;
}
