import type { ChildNode, Element } from 'domhandler';
import { findAll, getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { emptyExtraction, type ExtractedDocument } from '../extracted-document.js';
import { normalizeWhitespace } from '../normalize-whitespace.js';
import { readMetadata } from './read-metadata.js';

/** Elements that never hold article text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'form', 'button', 'select', 'head']);
/** Page chrome around the article. */
const CHROME = new Set(['nav', 'header', 'footer', 'aside']);
const TEXT_BLOCKS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'dd']);

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function isInside(node: ChildNode, ancestor: Element): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) if (parent === ancestor) return true;
  return false;
}

function findFirst(nodes: ChildNode[], name: string): Element | null {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (node.name === name) return node;
    const inner = findFirst(node.children, name);
    if (inner) return inner;
  }
  return null;
}

/**
 * Baseline HTML extraction: metadata from the head, paragraphs from the text
 * blocks of <article> (else <main>, else <body>) outside navigation, headers,
 * footers and asides; figure captions kept apart.
 */
export function extractHtml(html: string): ExtractedDocument {
  const document = parseDocument(html, { decodeEntities: true });
  const metadata = readMetadata(document);
  const result = { ...emptyExtraction(), ...metadata, declaredLanguage: metadata.language };

  const root = findFirst(document.children, 'article') ?? findFirst(document.children, 'main') ?? findFirst(document.children, 'body') ?? document;
  const walk = (nodes: ChildNode[]): void => {
    for (const node of nodes) {
      if (!isElement(node) || SKIPPED.has(node.name)) continue;
      if (CHROME.has(node.name)) {
        const text = normalizeWhitespace(textContent(node));
        if (text) result.removed.push({ text: text.slice(0, 300), reason: `page chrome <${node.name}>` });
        continue;
      }
      if (node.name === 'figcaption') {
        const caption = normalizeWhitespace(textContent(node));
        if (caption) result.captions.push(caption);
        continue;
      }
      if (TEXT_BLOCKS.has(node.name)) {
        const text = normalizeWhitespace(textContent(node));
        if (text) result.paragraphs.push(text);
        continue;
      }
      if (node.name === 'a' && getAttributeValue(node, 'href') === undefined) continue;
      walk(node.children);
    }
  };
  walk('children' in root ? root.children : []);
  // Chrome outside the chosen root was never walked; list it so `show` accounts for what was dropped.
  const body = findFirst(document.children, 'body');
  if (body && root !== body) {
    for (const element of findAll((e) => CHROME.has(e.name), body.children)) {
      if (root !== document && isInside(element, root as Element)) continue;
      const text = normalizeWhitespace(textContent(element));
      if (text) result.removed.push({ text: text.slice(0, 300), reason: `page chrome <${element.name}>` });
    }
  }
  return result;
}
