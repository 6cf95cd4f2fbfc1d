/**
 * The messages the report page posts, checked before anything is done with
 * them: a webview's messages are data from a page that shows untrusted text.
 */
import type { ReportFilter } from '../core/report/model';

/** What the page asks. */
export type ReportMessage =
  /** A mark or a number was clicked: list its claims. */
  | { type: 'select'; link: string }
  /** Save a chart as SVG or its numbers as CSV. */
  | { type: 'save'; chart: string; as: 'svg' | 'csv' }
  /** Show the report under this filter. */
  | { type: 'filter'; filter: ReportFilter };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The message, when it is one the page may send; undefined otherwise. */
export function parseMessage(raw: unknown): ReportMessage | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const m = raw as Record<string, unknown>;
  if (m.type === 'select' && typeof m.link === 'string' && /^m-[a-z-]+-\d+$/.test(m.link)) return { type: 'select', link: m.link };
  if (m.type === 'save' && typeof m.chart === 'string' && (m.as === 'svg' || m.as === 'csv')) return { type: 'save', chart: m.chart, as: m.as };
  if (m.type === 'filter' && m.filter && typeof m.filter === 'object') {
    const f = m.filter as Record<string, unknown>;
    const filter: ReportFilter = {};
    const list = (v: unknown) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined);
    if (typeof f.from === 'string' && DATE.test(f.from)) filter.from = f.from;
    if (typeof f.to === 'string' && DATE.test(f.to)) filter.to = f.to;
    for (const key of ['speakers', 'categories', 'verdicts'] as const) {
      const values = list(f[key]);
      if (values?.length) filter[key] = values;
    }
    if (typeof f.author === 'string' && f.author) filter.author = f.author;
    return { type: 'filter', filter };
  }
  return undefined;
}
