/**
 * What the report saves: a chart's numbers as CSV (formula-looking cells
 * neutralised, for spreadsheets) and its SVG as a file of its own, and the
 * filter said in words.
 */
import { csvText } from '../export/csv';
import type { ReportChart } from './charts';
import type { ReportFilter } from './model';

/** A chart's table as CSV, with a byte-order mark so that spreadsheets read it as UTF-8. */
export function chartCsv(chart: ReportChart): string {
  return csvText([chart.table.columns, ...chart.table.rows], { bom: true, neutraliseFormulas: true });
}

/** A chart's SVG as a file: the XML declaration a standalone SVG file starts with. */
export function svgFile(svg: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

/** The filter in words (`from 2024-01-01 · speakers: Ana Costa`); '' when it lets everything through. */
export function filterText(filter: ReportFilter, categoryLabel: (id: string) => string = (id) => id): string {
  const parts: string[] = [];
  if (filter.from && filter.to) parts.push(`${filter.from} to ${filter.to}`);
  else if (filter.from) parts.push(`from ${filter.from}`);
  else if (filter.to) parts.push(`up to ${filter.to}`);
  if (filter.speakers?.length) parts.push(`speakers: ${filter.speakers.join(', ')}`);
  if (filter.categories?.length) parts.push(`categories: ${filter.categories.map(categoryLabel).join(', ')}`);
  if (filter.verdicts?.length) parts.push(`verdicts: ${filter.verdicts.map((v) => v || 'none').join(', ')}`);
  if (filter.author !== undefined) parts.push(filter.author === '@agreed' ? 'the agreed set' : `tags by ${filter.author}`);
  return parts.join(' · ');
}
