/**
 * Cleaning before Readability. Raw HTML loses scripts, styles, SVG and comments (cheaper parsing); the
 * DOM loses elements that hold page furniture rather than article text: navigation, footers, forms,
 * asides, captions, bylines and timestamps, share bars, related-article lists, newsletter boxes. A
 * removal is skipped when the element holds most of the page's paragraph text (a site that wraps its
 * whole page in a <form> or gives the article container a "share" class keeps its article).
 */

const NOISE_ELEMENTS = /<(script|style|svg|noscript|template|iframe|object|canvas|math)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;

/** Whitespace before a block-level tag: it never separates words, and dropping it saves a DOM node. */
const SPACE_BEFORE_BLOCK = /\s+(?=<\/?(?:div|p|li|ul|ol|dl|dt|dd|section|article|header|footer|nav|aside|table|tr|td|th|tbody|thead|tfoot|h[1-6]|br|hr|meta|link|head|body|html|title|figure|figcaption|form|main|blockquote|option|select|img|picture|source|noscript|button|input|label)\b)/gi;

/**
 * Furniture blocks cut from the raw HTML before parsing: about half of a news page's elements sit in
 * navigation, headers, footers, asides and <select> lists, and every element costs parse time. A block
 * holding more than a fifth of the page's <p> tags is left for the DOM pass, which has a finer guard.
 * (Nested blocks of the same tag end at the inner close tag; the stray end tag is ignored by the parser.)
 */
const FURNITURE_BLOCK = /<(nav|footer|header|aside|select)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const P_TAG = /<p[\s>]/gi;

/** Raw HTML without scripts, styles, SVG, comments and furniture blocks (read JSON-LD before this). */
export function stripNoise(html: string): string {
  const bare = html.replace(NOISE_ELEMENTS, ' ');
  const paragraphs = bare.match(P_TAG)?.length ?? 0;
  return bare
    .replace(FURNITURE_BLOCK, (block) => ((block.match(P_TAG)?.length ?? 0) > Math.max(2, paragraphs * 0.2) ? block : ' '))
    .replace(SPACE_BEFORE_BLOCK, '');
}

const FURNITURE_TAGS = ['nav', 'footer', 'aside', 'form', 'figcaption', 'time', 'button', 'select', 'textarea', 'header', 'dialog'];
const FURNITURE_ROLES = ['navigation', 'complementary', 'banner', 'contentinfo', 'menu', 'menubar', 'dialog', 'alert', 'search'];
/** Class/id words that name page furniture, matched as whole words of the attribute. */
const FURNITURE_WORDS = new Set([
  'share', 'sharing', 'sharebar', 'social', 'related', 'newsletter', 'subscribe', 'subscription', 'author',
  'authors', 'byline', 'caption', 'credit', 'tags', 'tag', 'breadcrumb', 'breadcrumbs', 'cookie', 'cookies', 'consent',
  'gdpr', 'sidebar', 'advert', 'advertisement', 'ad', 'ads', 'sponsored', 'recommended', 'recommendations', 'popular',
  'trending', 'mostread', 'signup', 'modal', 'popup', 'comments', 'comment', 'disqus', 'outbrain', 'taboola',
  'footer', 'masthead', 'navbar', 'menu', 'timestamp', 'dateline', 'meta', 'toolbar', 'pagination', 'print', 'email',
]);

function classWords(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (raw.trim() === '') return [];
  return raw.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/);
}

function paragraphChars(root: Element): number {
  let n = 0;
  for (const p of root.getElementsByTagName('p')) n += (p.textContent ?? '').length;
  return n;
}

/** Whether an element is page furniture by its tag, ARIA role or class/id words. */
export function isFurniture(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  if (FURNITURE_TAGS.includes(tag)) return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.includes(role)) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  return classWords(el).some((w) => FURNITURE_WORDS.has(w));
}

/** Removes furniture elements from `doc` in place (outermost first); returns how many were removed. */
export function removeFurniture(doc: Document): number {
  const body = doc.body ?? doc.documentElement;
  if (!body) return 0;
  const limit = Math.max(200, paragraphChars(body) * 0.5);
  const textLimit = (body.textContent ?? '').length * 0.4;
  const keep = new Set(['BODY', 'HTML', 'MAIN', 'ARTICLE']);
  let removed = 0;
  const walk = (parent: Element) => {
    let child = parent.firstElementChild;
    while (child) {
      const next = child.nextElementSibling;
      if (!keep.has(child.tagName) && isFurniture(child) && paragraphChars(child) <= limit && (child.textContent ?? '').length <= textLimit) {
        child.remove();
        removed++;
      } else {
        walk(child);
      }
      child = next;
    }
  };
  walk(body);
  return removed;
}
