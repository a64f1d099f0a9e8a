// The one set of stance colours: badges, bars, legends and the map all read them here, so a
// colour means the same thing everywhere. Okabe–Ito blue / vermillion-orange and a neutral grey
// stay apart for the common colour blindnesses, and every use also carries the label in text.
import type { StanceLabel } from '../core/types.ts';

/** The words a badge and a legend use: the colour is never the only carrier of the label. */
export const STANCE_NAMES: Readonly<Record<StanceLabel, string>> = {
  support: 'Supports',
  oppose: 'Opposes',
  neutral: 'Neutral',
};

/**
 * The colours as values, for tests and anything drawn outside Tailwind. Each has ≥ 3:1 contrast
 * (WCAG 1.4.11, graphics) on its theme's page background: white, and slate-900 (#0f172a).
 */
export const STANCE_HEX: Readonly<Record<'light' | 'dark', Record<StanceLabel, string>>> = {
  light: { support: '#0072b2', oppose: '#d55e00', neutral: '#6b7280' },
  dark: { support: '#56b4e9', oppose: '#e69f00', neutral: '#9ca3af' },
};
export const PAGE_BACKGROUND = { light: '#ffffff', dark: '#0f172a' } as const;

// Tailwind only sees class names written out in full, so each colour is spelled out per use. The
// charts' fills and lean classes are in charts/chart-palette.ts: only the lazily loaded charts use them.
/** Legend swatches and the badge's dot: the same colours as the fills. */
export const STANCE_SWATCH: Readonly<Record<StanceLabel, string>> = {
  support: 'bg-[#0072b2] dark:bg-[#56b4e9]',
  oppose: 'bg-[#d55e00] dark:bg-[#e69f00]',
  neutral: 'bg-[#6b7280] dark:bg-[#9ca3af]',
};

/** The badge's outline: the stance colour around page-coloured text, so the text keeps ≥ 4.5:1. */
export const STANCE_BORDER: Readonly<Record<StanceLabel, string>> = {
  support: 'border-[#0072b2] dark:border-[#56b4e9]',
  oppose: 'border-[#d55e00] dark:border-[#e69f00]',
  neutral: 'border-[#6b7280] dark:border-[#9ca3af]',
};

/** WCAG relative-luminance contrast of two #rrggbb colours (1 … 21). */
export function contrastRatio(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}
