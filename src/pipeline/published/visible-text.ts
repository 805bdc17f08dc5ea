import type { ChildNode, Element } from 'domhandler';

const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'select']);
/** Elements that do not break a line: a date may run across them ("<b>5.</b> November"). */
export const INLINE = new Set(['a', 'abbr', 'b', 'em', 'font', 'i', 'mark', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u']);

/**
 * Appends text that follows inline markup: "5.<b>11</b>.2021" stays one
 * date, while "<span>04</span><span>2013</span>" becomes "04 2013", since
 * two words or numbers never touch across tags in what a reader sees.
 */
export function joinInline(before: string, after: string): string {
  const glued = /[\p{L}\p{N}]$/u.test(before) && /^[\p{L}\p{N}]/u.test(after);
  return glued ? `${before} ${after}` : before + after;
}

/**
 * The text a reader sees in an element (no script or style), one line per
 * block so that dates are not read across blocks ("Python 3" + "January 13, 2020").
 */
export function visibleText(element: Element, limit = 2000): string {
  let text = '';
  const walk = (nodes: ChildNode[]): void => {
    for (const node of nodes) {
      if (text.length > limit) return;
      if (node.type === 'text') text = joinInline(text, node.data);
      else if ((node.type === 'tag' || node.type === 'script' || node.type === 'style') && !HIDDEN.has(node.name)) {
        // Block boundaries keep "Fotos" and "12.03.2021" from running into one word; inline ones may split a date.
        const gap = INLINE.has(node.name) ? '' : '\n';
        text += gap;
        walk(node.children);
        text += gap;
      }
    }
  };
  walk(element.children);
  return text.replace(/[^\S\n]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}
