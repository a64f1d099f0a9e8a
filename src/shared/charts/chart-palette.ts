// The charts' stance colours (bars, the map): the values of stance-palette.ts's STANCE_HEX, kept
// apart from the badge's classes so they load with the charts, not with the first view.
import type { StanceLabel } from '../../core/types.ts';

/** SVG fills (bars, the map's strongest classes). */
export const STANCE_FILL: Readonly<Record<StanceLabel, string>> = {
  support: 'fill-[#0072b2] dark:fill-[#56b4e9]',
  oppose: 'fill-[#d55e00] dark:fill-[#e69f00]',
  neutral: 'fill-[#6b7280] dark:fill-[#9ca3af]',
};

/**
 * The map's five lean classes and "no comments". A weaker lean is the same hue nearer the page
 * background in both themes (paler on white, dimmer on slate), so "leans" never looks stronger
 * than "mostly". The pale classes need no 3:1 on their own: every state says its count in text.
 */
export const LEAN_FILL = {
  'mostly-support': 'fill-[#0072b2] dark:fill-[#56b4e9]',
  'leans-support': 'fill-[#9ccbe8] dark:fill-[#2b5c7c]',
  mixed: 'fill-[#b8bec8] dark:fill-[#4b5563]',
  'leans-oppose': 'fill-[#f2b98e] dark:fill-[#7a5417]',
  'mostly-oppose': 'fill-[#d55e00] dark:fill-[#e69f00]',
  none: 'fill-slate-100 dark:fill-slate-800',
} as const;

export const LEAN_SWATCH = {
  'mostly-support': 'bg-[#0072b2] dark:bg-[#56b4e9]',
  'leans-support': 'bg-[#9ccbe8] dark:bg-[#2b5c7c]',
  mixed: 'bg-[#b8bec8] dark:bg-[#4b5563]',
  'leans-oppose': 'bg-[#f2b98e] dark:bg-[#7a5417]',
  'mostly-oppose': 'bg-[#d55e00] dark:bg-[#e69f00]',
  none: 'bg-slate-100 dark:bg-slate-800 border border-slate-400',
} as const;

/** A state with comments when the stance is hidden: ink, as count bars are, read as no stance. */
export const COUNT_FILL = 'fill-slate-500 dark:fill-slate-400';
export const COUNT_SWATCH = 'bg-slate-500 dark:bg-slate-400';
