/** Elements whose content is never article text (scripts, media, widgets, the head). */
export const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'head', 'select', 'option', 'button', 'input', 'textarea', 'map', 'source', 'picture', 'img', 'link', 'meta', 'title',
]);

/** Elements that start a new block of text; everything else is inline. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td',
  'th', 'caption', 'ul', 'html', 'legend',
]);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Page chrome by its tag: never the article, even inside the article's container. */
export const CHROME_TAGS = new Map<string, string>([
  ['nav', 'navigation'],
  ['aside', 'aside'],
  ['footer', 'footer'],
  ['form', 'form'],
  ['menu', 'navigation'],
  ['dialog', 'dialog'],
]);

/** Elements whose text is a caption, kept apart from the body. */
export const CAPTION_TAGS = new Set(['figcaption', 'caption']);
