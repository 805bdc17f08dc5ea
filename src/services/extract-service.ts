/**
 * Extraction without storing: read one file or URL, run the pipeline, and
 * return the articles (one for a page or text file, several for a feed,
 * JSONL or WARC file). Nothing is written to the store.
 */
import type { Article } from '../core/article.js';
import type { Config } from '../core/config.js';
import { NewsloomError } from '../core/errors.js';
import { planInputs, readUnit } from '../ingest/index.js';
import type { RawDocument } from '../core/raw-document.js';
import { prepareBatch } from './prepare-document.js';
import { readerContext } from './reader-context.js';

export interface ExtractedArticle extends Article {
  source: string;
  locator: string | null;
  charset: string;
}

export async function extractInput(input: string, config: Config): Promise<ExtractedArticle[]> {
  const plan = await planInputs([input]);
  const failure = plan.events.find((event) => event.type === 'failure');
  if (failure?.type === 'failure') throw new NewsloomError(failure.code, failure.reason, failure.subject);
  const context = readerContext(config);
  const raws: RawDocument[] = [];
  for (const unit of plan.units) {
    for await (const event of readUnit({ ...unit, viaFolder: false }, context)) {
      if (event.type === 'failure') throw new NewsloomError(event.code, event.reason, event.subject);
      if (event.type === 'document') raws.push(event.document);
    }
  }
  if (raws.length === 0) throw new NewsloomError('NO_ARTICLE', 'no document found', input);
  return prepareBatch(raws).map((prepared) => ({
    ...prepared.article,
    source: prepared.raw.origin.source,
    locator: prepared.raw.origin.locator ?? null,
    charset: prepared.charset,
  }));
}
