/**
 * Generates a synthetic multilingual-ish news corpus for speed benchmarks:
 * realistic article sizes (~2–4 KB), names and dates drawn from small
 * Zipf-like pools so entity and date distributions look like a news stream.
 * Deterministic for a given seed.
 */
const PEOPLE = ['Hassan Rouhani', 'Vladimir Putin', 'Ilham Aliyev', 'Sergei Lavrov', 'Antonio Guterres', 'Recep Tayyip Erdogan', 'Emmanuel Macron', 'Olaf Scholz', 'Nikol Pashinyan', 'Abbas Araqchi', 'Kassym-Jomart Tokayev', 'Tedros Adhanom'];
const PLACES = ['Moscow', 'Tehran', 'Baku', 'Yerevan', 'Ankara', 'Paris', 'Berlin', 'Geneva', 'Astana', 'Cairo', 'Khartoum', 'Brussels', 'Nagorno-Karabakh', 'Malatya'];
const TOPICS = ['ceasefire', 'trade agreement', 'energy pipeline', 'vaccine cooperation', 'border security', 'earthquake relief', 'nuclear deal', 'transit corridor', 'cholera outbreak', 'interest rates'];
const VERBS = ['discussed', 'welcomed', 'criticised', 'signed', 'rejected', 'proposed', 'announced', 'praised'];
const FILLER = [
  'Officials said further talks would take place in the coming weeks.',
  'The statement did not give further details of the schedule.',
  'Analysts said the move could reshape relations across the region.',
  'Both sides stressed the importance of dialogue and mutual respect.',
  'The ministry said humanitarian access remained a priority for all parties.',
  'Local media reported that the delegation would return later this month.',
];

/** Mulberry32: a tiny seeded PRNG so every run generates the same corpus. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks with a Zipf-like bias: early items are far more frequent, as real news names are. */
function zipfPick<T>(items: T[], random: () => number): T {
  const index = Math.min(items.length - 1, Math.floor(items.length * random() ** 2.2));
  return items[index] as T;
}

export interface SyntheticArticle {
  title: string;
  published: string;
  text: string;
}

export function syntheticArticle(index: number, random: () => number): SyntheticArticle {
  const a = zipfPick(PEOPLE, random);
  const b = zipfPick(PEOPLE.filter((p) => p !== a), random);
  const place = zipfPick(PLACES, random);
  const topic = zipfPick(TOPICS, random);
  const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(random() * 1500) * 86_400_000);
  const published = day.toISOString().slice(0, 10);
  const title = `${a} and ${b} ${zipfPick(VERBS, random)} ${topic} in ${place}`;
  const paragraphs = [
    `${place.toUpperCase()}, ${day.toUTCString().slice(5, 16)} (Wire) — ${a} ${zipfPick(VERBS, random)} the ${topic} with ${b} on ${day.toUTCString().slice(0, 3)}, according to a statement released in ${place} (story ${index}).`,
  ];
  const count = 8 + Math.floor(random() * 10);
  for (let i = 0; i < count; i += 1) {
    paragraphs.push(`${zipfPick(PEOPLE, random)} ${zipfPick(VERBS, random)} the ${zipfPick(TOPICS, random)} in ${zipfPick(PLACES, random)}. ${zipfPick(FILLER, random)} ${zipfPick(FILLER, random)}`);
  }
  return { title, published, text: [`Example Wire - breaking news`, '', title, '', ...paragraphs.flatMap((p) => [p, '']), 'Read more:', 'Join our mailing list'].join('\n') };
}
