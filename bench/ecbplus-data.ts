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
      documents.push({
        name: file.replace(/\.xml$/u, ''),
        topic: Number(topic),
        cluster: `${topic}${file.includes('ecbplus') ? 'ecbplus' : 'ecb'}`,
        // A one-sentence document (a few are) is all text and no title.
        title: ordered.length > 1 ? (ordered[0] ?? '') : '',
        text: ordered.slice(ordered.length > 1 ? 1 : 0).join('\n\n'),
      });
    }
  }
  return documents;
}
