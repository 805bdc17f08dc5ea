import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml } from '../../src/pipeline/extract/html/extract-html.js';
import { parseHtml } from '../../src/pipeline/extract/html/parse-html.js';

/** A body-text extractor under test: HTML in, plain text out (parsing included). */
export interface ExtractionSystem {
  name: string;
  extract(html: string, url: string): string;
}

export const newsloomSystem: ExtractionSystem = {
  name: 'newsloom',
  extract: (html, url) => extractHtml(parseHtml(html), { url }).paragraphs.join('\n'),
};

/** Mozilla Readability.js on a linkedom DOM, the usual way to run it under Node. */
export const readabilitySystem: ExtractionSystem = {
  name: 'readability.js',
  extract: (html) => {
    const { document } = parseHTML(html);
    try {
      return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()?.textContent ?? '';
    } catch {
      // Readability gives up on some pages (no body); that page scores as empty output.
      return '';
    }
  },
};
