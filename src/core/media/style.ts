/**
 * A transcript's own way of writing times, so that a time inserted by hand
 * looks like the ones already there.
 */

/** How a transcript writes its timestamps. */
export interface TimestampStyle {
  /** The brackets around it: `[`/`]`, `(`/`)`, or none. */
  open: string;
  close: string;
  /** Whether hours are always written (`00:01:05`), or only from an hour on (`01:05`, `1:02:03`). */
  hours: 'always' | 'needed';
  /** Whether the fields are padded to two digits (`00:01:05`) or not (Teams' `0:0:3.0`). */
  pad: boolean;
  /** Digits of a second's fraction (0 for none) and the sign before them (`.` or `,`). */
  fractionDigits: number;
  fractionSeparator: '.' | ',';
}

/** The style used when a transcript has no timestamp yet: `[00:01:05]`. */
export const DEFAULT_STYLE: TimestampStyle = { open: '[', close: ']', hours: 'always', pad: true, fractionDigits: 0, fractionSeparator: '.' };

const WRITTEN = /^([[(]?)\s*(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:([.,])(\d{1,3}))?\s*([\])]?)$/;

/** The style of one timestamp as written; undefined when it is not one. */
export function styleOf(written: string): TimestampStyle | undefined {
  const m = WRITTEN.exec(written.trim());
  if (!m) return undefined;
  const [, open, h, min, sec, sep, frac, close] = m;
  const pad = (min!.length === 2 && sec!.length === 2) || (h !== undefined && h.length === 2);
  return {
    open: open!,
    close: close!,
    hours: h !== undefined && (h.length >= 2 || h === '0') ? 'always' : 'needed',
    pad,
    fractionDigits: frac ? frac.length : 0,
    fractionSeparator: sep === ',' ? ',' : '.',
  };
}

/** Seconds written in a style: `formatInStyle(65, DEFAULT_STYLE)` is `[00:01:05]`. */
export function formatInStyle(seconds: number, style: TimestampStyle): string {
  const scale = 10 ** style.fractionDigits;
  const units = Math.round(Math.max(0, seconds) * scale);
  const whole = Math.floor(units / scale);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const two = (n: number) => (style.pad ? String(n).padStart(2, '0') : String(n));
  let out: string;
  if (style.hours === 'always') out = `${two(h)}:${two(m)}:${two(s)}`;
  else if (h > 0) out = `${h}:${two(m)}:${two(s)}`;
  else out = `${two(m)}:${two(s)}`;
  if (style.fractionDigits > 0) out += style.fractionSeparator + String(units % scale).padStart(style.fractionDigits, '0');
  return style.open + out + style.close;
}
