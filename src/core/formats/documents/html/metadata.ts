/** What a page says about itself in its head: a title (`og:title`, `<title>`) and when it was published, as hints. */
import { attr, findAll, tagOf, textOf, type HtmlNode } from './dom';

/** The page's title and date from its metadata, where it has them. */
export function pageMetadata(root: HtmlNode): { title?: string; date?: string } {
  const metas = findAll(root, (n) => tagOf(n) === 'meta');
  const meta = (...keys: string[]) => metas.find((m) => keys.includes((attr(m, 'property') || attr(m, 'name') || attr(m, 'itemprop')).toLowerCase()))?.attribs?.content?.trim();
  const titleTag = findAll(root, (n) => tagOf(n) === 'title')[0];
  const title = meta('og:title', 'twitter:title') || (titleTag ? textOf(titleTag).replace(/\s+/g, ' ').trim() : '') || undefined;
  const published = meta('article:published_time', 'datepublished', 'date', 'dc.date', 'dcterms.date');
  const iso = published && /^(\d{4}-\d{2}-\d{2})/.exec(published)?.[1];
  return { ...(title ? { title } : {}), ...(iso ? { date: iso } : {}) };
}
