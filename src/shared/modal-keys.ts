import type { KeyboardEvent } from 'react';

/** What a keyboard user can reach in a modal: every enabled control and every link. */
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * The key handling every modal on the page shares (WAI-ARIA dialog pattern): Escape closes it, and
 * Tab and Shift+Tab wrap from the last control to the first and back, so focus never leaves it.
 */
export function handleModalKey(
  e: KeyboardEvent,
  panel: HTMLElement | null,
  onClose: () => void,
): void {
  if (e.key === 'Escape') {
    e.preventDefault();
    e.stopPropagation();
    onClose();
    return;
  }
  if (e.key !== 'Tab' || panel === null) return;
  const all = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = all[0];
  const last = all[all.length - 1];
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last?.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first?.focus();
  }
}

/** The first control of a modal, for focusing it on open. */
export function firstFocusable(panel: HTMLElement | null): HTMLElement | null {
  return panel?.querySelector<HTMLElement>(FOCUSABLE) ?? null;
}
