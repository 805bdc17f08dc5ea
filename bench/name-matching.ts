/**
 * Name matching across scripts: precision and recall of "same entity" at
 * SAME_NAME_THRESHOLD over the labelled pairs of name-pairs.ts, a threshold
 * sweep, the key's blocking recall and collisions, and throughput.
 *
 *   node --import tsx bench/name-matching.ts
 *
 * The tuning pairs are hand-made and the costs were tuned on them: training
 * numbers, a regression check. The held-out pairs were scored once, untuned.
 */
import { boundedEditDistance } from '../src/pipeline/entities/names/edit-distance.js';
import { nameKey, tokenKeys } from '../src/pipeline/entities/names/name-key.js';
import {
  DISTINCT_NAMES,
  HELD_OUT_DISTINCT_NAMES,
  HELD_OUT_GROUPS,
  KNOWN_COLLISIONS,
  SAME_ENTITY_GROUPS,
  distinctEntityPairs,
  sameEntityPairs,
  type NamePair,
} from '../src/pipeline/entities/names/name-pairs.js';
import { SAME_NAME_THRESHOLD, nameSimilarity } from '../src/pipeline/entities/names/name-similarity.js';
import { romanize } from '../src/pipeline/entities/names/romanize.js';

interface Scored extends NamePair {
  readonly score: number;
}

const score = (pairs: readonly NamePair[]): Scored[] => pairs.map((pair) => ({ ...pair, score: nameSimilarity(pair.a, pair.b) }));
const same = score(sameEntityPairs());
const distinct = score(distinctEntityPairs());
const show = (pair: Scored): string => `  ${pair.score.toFixed(3)}  ${pair.a} | ${pair.b}`;

function rates(threshold: number, same: readonly Scored[], distinct: readonly Scored[]): { precision: number; recall: number; falsePositives: Scored[]; falseNegatives: Scored[] } {
  const truePositives = same.filter((pair) => pair.score >= threshold).length;
  const falsePositives = distinct.filter((pair) => pair.score >= threshold);
  const falseNegatives = same.filter((pair) => pair.score < threshold);
  const precision = truePositives + falsePositives.length === 0 ? 1 : truePositives / (truePositives + falsePositives.length);
  return { precision, recall: truePositives / same.length, falsePositives, falseNegatives };
}

function report(label: string, same: readonly Scored[], distinct: readonly Scored[]): void {
  console.log(`${label}: ${same.length} same-entity pairs, ${distinct.length} distinct pairs`);
  const chosen = rates(SAME_NAME_THRESHOLD, same, distinct);
  console.log(`  threshold ${SAME_NAME_THRESHOLD}: precision ${chosen.precision.toFixed(3)}  recall ${chosen.recall.toFixed(3)}`);
  for (const pair of chosen.falsePositives) console.log(`  false positive${show(pair)}`);
  for (const pair of chosen.falseNegatives) console.log(`  false negative${show(pair)}`);
}

report(`tuning set (${SAME_ENTITY_GROUPS.length} groups, ${DISTINCT_NAMES.length} distinct names + near-misses)`, same, distinct);
report(`held-out set (${HELD_OUT_GROUPS.length} groups, ${HELD_OUT_DISTINCT_NAMES.length} distinct names)`, score(sameEntityPairs(HELD_OUT_GROUPS)), score(distinctEntityPairs(HELD_OUT_DISTINCT_NAMES)));
console.log('lowest same-entity scores:');
for (const pair of [...same].sort((x, y) => x.score - y.score).slice(0, 5)) console.log(show(pair));
console.log('highest distinct scores:');
for (const pair of [...distinct].sort((x, y) => y.score - x.score).slice(0, 5)) console.log(show(pair));

console.log('threshold sweep on the tuning set (precision / recall):');
for (const threshold of [0.7, 0.75, 0.78, 0.8, 0.82, 0.84, 0.86, 0.9]) {
  const { precision, recall } = rates(threshold, same, distinct);
  console.log(`  ${threshold.toFixed(2)}  ${precision.toFixed(3)} / ${recall.toFixed(3)}`);
}
console.log('known collisions (different entities, not in the distinct set):');
for (const pair of score(KNOWN_COLLISIONS)) console.log(show(pair));

// Blocking: does the last word's key bring the spellings of one entity together, and the whole key keep distinct ones apart?
const lastKey = (text: string): string => tokenKeys(text).at(-1) ?? '';
let blockedExact = 0;
let blockedNear = 0;
const unblocked: string[] = [];
for (const { a, b } of same) {
  const [x, y] = [lastKey(a), lastKey(b)];
  if (x === y) blockedExact += 1;
  else if (boundedEditDistance(x, y, 1) <= 1) blockedNear += 1;
  else unblocked.push(`  ${a} ${x} | ${b} ${y}`);
}
console.log(`key blocking: last-word keys equal for ${blockedExact}/${same.length} same-entity pairs, within one edit for ${blockedNear} more; missed:`);
console.log(unblocked.join('\n'));
const distinctPairs = distinctEntityPairs();
const collisions = distinctPairs.filter(({ a, b }) => nameKey(a) === nameKey(b));
const nearCollisions = distinctPairs.filter(({ a, b }) => nameKey(a) !== nameKey(b) && boundedEditDistance(nameKey(a), nameKey(b), 1) <= 1);
console.log(`key collisions among ${distinctPairs.length} distinct pairs: ${collisions.length} equal, ${nearCollisions.length} within one edit`);
for (const { a, b } of collisions) console.log(`  = ${a} | ${b}  ${nameKey(a)}`);
for (const { a, b } of nearCollisions) console.log(`  ~ ${a} | ${b}  ${nameKey(a)} ${nameKey(b)}`);

function perSecond(run: () => number, seconds = 2): number {
  let count = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) count += run();
  return Math.round(count / ((performance.now() - started) / 1000));
}
const names = [...SAME_ENTITY_GROUPS.flat(), ...DISTINCT_NAMES];
const characters = names.reduce((sum, name) => sum + name.length, 0);
perSecond(() => names.map(nameKey).length, 0.5); // warm up
const keysPerSecond = perSecond(() => names.map(nameKey).length);
const romanizedPerSecond = perSecond(() => names.map(romanize).length);
const comparisonsPerSecond = perSecond(() => same.map(({ a, b }) => nameSimilarity(a, b)).length);
console.log(`throughput over ${names.length} names (mean ${(characters / names.length).toFixed(1)} chars, 10 scripts):`);
console.log(`  nameKey ${keysPerSecond.toLocaleString('en')} keys/s   romanize ${romanizedPerSecond.toLocaleString('en')} names/s   nameSimilarity ${comparisonsPerSecond.toLocaleString('en')} pairs/s`);
