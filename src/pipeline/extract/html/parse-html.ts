import { DomHandler, type Document } from 'domhandler';
import { Parser } from 'htmlparser2';

/**
 * Elements nested deeper than this are dropped (their text joins the deepest
 * element kept). Real pages stay under ~100 levels; htmlparser2 keeps its open
 * elements in an array it shifts at the front, so 100,000 levels would take
 * quadratic time.
 */
const MAX_DEPTH = 512;

/** The DOM builder, exposing how many elements are open. */
class DepthAwareHandler extends DomHandler {
  get depth(): number {
    return this.tagStack.length;
  }
}

/** htmlparser2's parser, ignoring opening tags beyond MAX_DEPTH. */
class DepthBoundedParser extends Parser {
  constructor(private readonly handler: DepthAwareHandler) {
    super(handler, { decodeEntities: true });
  }

  override onopentagname(start: number, endIndex: number): void {
    // Skipping the name leaves the parser without a pending tag, so its attributes and end are ignored too.
    if (this.handler.depth > MAX_DEPTH) return;
    super.onopentagname(start, endIndex);
  }
}

/**
 * Parses a decoded HTML page once, for every stage that reads its markup
 * (entities decoded, tag names lower-cased, as `parseDocument` does).
 *
 * @example
 * const extracted = extractHtml(parseHtml('<html><body><p>Hello</p></body></html>'));
 */
export function parseHtml(html: string): Document {
  const handler = new DepthAwareHandler(undefined, {});
  new DepthBoundedParser(handler).end(html);
  return handler.root;
}
