/**
 * ECB+ documents (../shared/datasets/ecbplus, see its README) as newsloom
 * JSON Lines records: the first sentence is the title, the other sentences the
 * text. Gold cluster = topic + "ecb" or "ecbplus" (86 seminal events).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface EcbDocument {
  name: string;
  topic: number;
  /** "<topic>ecb" or "<topic>ecbplus": the gold event cluster. */
  cluster: string;
  title: string;
  text: string;
  /** The source page, when the document starts with it (most ECB+ additions do); else null. */
  url: string | null;
}

/** "http: / / www. foxnews. com / story / 2009 / 11 / 30 / armed - and…" → the URL it tokenised. */
function tokenizedUrl(sentence: string): string | null {
  if (!/^https?\s*:/iu.test(sentence)) return null;
  const url = sentence.replace(/\s+/gu, '');
  return URL.canParse(url) ? url : null;
}

const TOKEN = /<token [^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/gu;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

function detokenize(tokens: string[]): string {
  return tokens
    .join(' ')
    .replace(/ ([.,;:!?%)\]}])/gu, '$1')
    .replace(/([([{$]) /gu, '$1')
    .replace(/ (n't|'s|'re|'ve|'ll|'d|'m)\b/giu, '$1')
    .replace(/`` ?| ?''/gu, '"');
}

export function readEcbDocuments(sharedDir: string): EcbDocument[] {
  const root = join(sharedDir, 'datasets/ecbplus/ECB+_LREC2014/ECB+');
  const documents: EcbDocument[] = [];
  for (const topic of readdirSync(root).filter((name) => /^\d+$/u.test(name)).sort((a, b) => Number(a) - Number(b))) {
    for (const file of readdirSync(join(root, topic)).filter((name) => name.endsWith('.xml')).sort()) {
      const xml = readFileSync(join(root, topic, file), 'utf8');
      const sentences = new Map<number, string[]>();
      for (const match of xml.matchAll(TOKEN)) {
        const sentence = Number(match[1]);
        const token = (match[2] ?? '').replace(/&\w+;/gu, (entity) => ENTITIES[entity] ?? entity);
        sentences.set(sentence, [...(sentences.get(sentence) ?? []), token]);
      }
      const ordered = [...sentences.entries()].sort((a, b) => a[0] - b[0]).map(([, tokens]) => detokenize(tokens));
      // Most ECB+ additions open with the tokenised URL of their source page: that is the document's URL, not its headline.
      const url = tokenizedUrl(ordered[0] ?? '');
      if (url) ordered.shift();
      documents.push({
        name: file.replace(/\.xml$/u, ''),
        topic: Number(topic),
        cluster: `${topic}${file.includes('ecbplus') ? 'ecbplus' : 'ecb'}`,
        // A one-sentence document (a few are) is all text and no title.
        title: ordered.length > 1 ? (ordered[0] ?? '') : '',
        text: ordered.slice(ordered.length > 1 ? 1 : 0).join('\n\n'),
        url,
      });
    }
  }
  return documents;
}
