/**
 * Clustering scores against a gold partition: B-cubed (Bagga & Baldwin 1998,
 * per-item precision/recall averaged over items) and pairwise (over all item
 * pairs placed together). Items missing from the prediction count as singletons.
 */
export interface ClusterScore {
  precision: number;
  recall: number;
  f1: number;
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function groups(assignment: Map<string, string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [item, cluster] of assignment) {
    const set = out.get(cluster);
    if (set) set.add(item);
    else out.set(cluster, new Set([item]));
  }
  return out;
}

/** @example bcubed(new Map([['a','1'],['b','1']]), new Map([['a','x'],['b','y']])).precision // 1 */
export function bcubed(gold: Map<string, string>, predicted: Map<string, string>): ClusterScore {
  const predictedFull = new Map([...gold.keys()].map((item) => [item, predicted.get(item) ?? `singleton:${item}`]));
  const goldGroups = groups(gold);
  const predictedGroups = groups(predictedFull);
  let precision = 0;
  let recall = 0;
  for (const [item, goldCluster] of gold) {
    const mine = predictedGroups.get(predictedFull.get(item) as string) as Set<string>;
    const truth = goldGroups.get(goldCluster) as Set<string>;
    let both = 0;
    for (const other of mine) if (truth.has(other)) both += 1;
    precision += both / mine.size;
    recall += both / truth.size;
  }
  const n = gold.size || 1;
  return { precision: precision / n, recall: recall / n, f1: f1(precision / n, recall / n) };
}

export function pairwise(gold: Map<string, string>, predicted: Map<string, string>): ClusterScore {
  const items = [...gold.keys()];
  let together = 0;
  let goldTogether = 0;
  let both = 0;
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      const a = items[i] as string;
      const b = items[j] as string;
      const g = gold.get(a) === gold.get(b);
      const p = predicted.get(a) !== undefined && predicted.get(a) === predicted.get(b);
      if (g) goldTogether += 1;
      if (p) together += 1;
      if (g && p) both += 1;
    }
  }
  const precision = together === 0 ? 1 : both / together;
  const recall = goldTogether === 0 ? 1 : both / goldTogether;
  return { precision, recall, f1: f1(precision, recall) };
}
