/**
 * The codebook's category colours as the charts draw them. A category's
 * colour is `#rrggbb` or a theme colour id (`transcript.tag.statistic`,
 * `charts.red`); a chart needs a colour value, so an id is looked up in the
 * colours the extension contributes (their defaults for the theme's kind) and
 * in VS Code's chart colours. Tag colours are translucent highlights: the
 * charts draw them opaque.
 */
import type { Category } from '../annotations/codebook';
import { FALLBACK_COLOR } from '../annotations/codebook';
import type { ReportCategory } from './model';

/** The kind of theme the colours are for. */
export type ThemeKind = 'light' | 'dark' | 'highContrast' | 'highContrastLight';

/** A contributed colour, as `contributes.colors` in package.json lists it. */
export interface ContributedColor {
  id: string;
  defaults: Partial<Record<ThemeKind, string>>;
}

/** VS Code's chart colours (its `charts.*` theme colours), the same in every theme. */
const CHART_COLORS: Record<string, string> = {
  'charts.red': '#f14c4c',
  'charts.blue': '#3794ff',
  'charts.yellow': '#cca700',
  'charts.orange': '#d18616',
  'charts.green': '#89d185',
  'charts.purple': '#b180d7',
  'charts.foreground': '#cccccc',
  'charts.lines': '#808080',
};

/** Drawn when a colour id is known nowhere. */
const UNKNOWN = '#888888';

/** The categories with the colours the charts draw for a theme of that kind. */
export function reportCategories(categories: readonly Category[], contributed: readonly ContributedColor[], kind: ThemeKind = 'light'): ReportCategory[] {
  const byId = new Map(contributed.map((c) => [c.id, c.defaults]));
  const resolve = (color: string | undefined): string => {
    const id = color ?? FALLBACK_COLOR;
    if (id.startsWith('#')) return opaque(id);
    const defaults = byId.get(id);
    const value = defaults?.[kind] ?? defaults?.light ?? CHART_COLORS[id];
    return value && value.startsWith('#') ? opaque(value) : UNKNOWN;
  };
  return categories.map((c) => ({ id: c.id, label: c.label, color: resolve(c.color) }));
}

/** `#rrggbbaa` (or `#rgb`) as `#rrggbb`. */
function opaque(hex: string): string {
  if (/^#[0-9a-f]{3}$/i.test(hex)) return `#${[...hex.slice(1)].map((d) => d + d).join('')}`;
  return /^#[0-9a-f]{6}/i.test(hex) ? hex.slice(0, 7) : UNKNOWN;
}
