/** Feed content is read away from the site: its addresses made absolute, its text escaped for XML. */

const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'cite', 'action']);
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function absolute(value: string, base: string): string {
  const trimmed = value.trim();
  if (trimmed === '' || HAS_SCHEME.test(trimmed)) return value;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return value;
  }
}

function absoluteSrcset(value: string, base: string): string {
  return value
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
      return [absolute(url, base), ...descriptors].join(' ');
    })
    .join(', ');
}

/** One attribute inside a start tag: name, then an optional quoted or unquoted value. */
const ATTRIBUTE = /([^\s"'<>\/=]+)(?:(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function rewriteTag(tag: string, base: string): string {
  const nameEnd = /^<[a-zA-Z][^\s\/>]*/.exec(tag)?.[0].length ?? tag.length;
  const head = tag.slice(0, nameEnd);
  const rest = tag.slice(nameEnd).replace(ATTRIBUTE, (whole, name: string, eq?: string, dq?: string, sq?: string, bare?: string) => {
    const value = dq ?? sq ?? bare;
    const key = name.toLowerCase();
    if (value === undefined || (!URL_ATTRIBUTES.has(key) && key !== 'srcset')) return whole;
    const rewritten = key === 'srcset' ? absoluteSrcset(value, base) : absolute(value, base);
    const quote = sq !== undefined ? "'" : '"';
    return `${name}${eq}${quote}${rewritten}${quote}`;
  });
  return head + rest;
}

/**
 * Makes every link and image address in an HTML fragment absolute, resolved against
 * `pageUrl` (the item's own address, so "#voetnoot" and "../x" resolve as on the page).
 * Feed readers show content away from the site, where "/nieuws/" leads nowhere.
 * Only attributes inside start tags are touched; text and comments stay as they are.
 */
export function absoluteUrlsInHtml(html: string, pageUrl: string): string {
  // Comments first (left alone), then start tags with quoted values that may hold ">".
  return html.replace(/<!--[\s\S]*?-->|<[a-zA-Z][^\s\/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/g, (match) =>
    match.startsWith('<!--') ? match : rewriteTag(match, pageUrl),
  );
}

/** Escapes text for use inside XML (element text or a double-quoted attribute). */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
