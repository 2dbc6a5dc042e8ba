/**
 * DOM -> paragraphs. Block elements and <br> end a line; inline text is joined with collapsed
 * whitespace. Unlike `textContent`, list items and table cells do not run into each other.
 */

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Lines of visible text under `root`, one per block, whitespace collapsed, empty lines dropped. */
export function blockLines(root: Node): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
    current = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        current += child.nodeValue ?? '';
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') { flush(); continue; }
        const block = BLOCK.has(tag);
        if (block) flush();
        else if (tag === 'TD' || tag === 'TH') current += ' ';
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return lines;
}
