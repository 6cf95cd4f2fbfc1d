/**
 * What a page says about itself: a title (`og:title`, `<title>`), the title
 * its first heading states (`<h1>` that the head's title repeats), and when it
 * was published, as hints.
 */
import { attr, findAll, tagOf, textOf, type HtmlNode } from './dom';

/** The page's title and date from its metadata, where it has them. */
export interface PageMetadata {
  title?: string;
  /** The page's first `<h1>` where the head's title repeats it (`<title>Tides – Harbour Radio</title>` … `<h1>Tides</h1>`): the title the page states twice. */
  headline?: string;
  /** `YYYY-MM-DD`. */
  date?: string;
}

/** Inside the page's own header, footer or navigation (a site's logo is often its `<h1>`), not an article's. */
function inPageChrome(node: HtmlNode): boolean {
  for (let n = node.parent; n; n = n.parent) {
    const tag = tagOf(n);
    if (tag === 'article' || tag === 'main') return false;
    if (tag === 'nav' || tag === 'header' || tag === 'footer') return true;
  }
  return false;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The page's title and date from its metadata, where it has them. */
export function pageMetadata(root: HtmlNode): PageMetadata {
  const metas = findAll(root, (n) => tagOf(n) === 'meta');
  const meta = (...keys: string[]) => metas.find((m) => keys.includes((attr(m, 'property') || attr(m, 'name') || attr(m, 'itemprop')).toLowerCase()))?.attribs?.content?.trim();
  const titleTag = findAll(root, (n) => tagOf(n) === 'title')[0];
  const headTitle = titleTag ? squash(textOf(titleTag)) : '';
  const title = meta('og:title', 'twitter:title') || headTitle || undefined;
  const h1 = findAll(root, (n) => tagOf(n) === 'h1' && !inPageChrome(n))[0];
  const heading = h1 ? squash(textOf(h1)) : '';
  const stated = heading.length >= 3 && [title, headTitle].some((t) => t && t.toLowerCase().includes(heading.toLowerCase()));
  const published = meta('article:published_time', 'datepublished', 'date', 'dc.date', 'dcterms.date');
  const iso = published && /^(\d{4}-\d{2}-\d{2})/.exec(published)?.[1];
  return { ...(title ? { title } : {}), ...(stated ? { headline: heading } : {}), ...(iso ? { date: iso } : {}) };
}
