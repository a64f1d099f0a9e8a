import { useEffect, useRef } from 'react';

export interface ShortcutHandlers {
  next(): void;
  prev(): void;
  parent(): void;
  nextThread(): void;
  prevThread(): void;
  toggle(): void;
  nextHit(): void;
  prevHit(): void;
  search(): void;
  help(): void;
}

/** Where typed characters belong to a control, not to the page's shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/** Enter and Space already mean "press" on these; the page must not steal them. */
function isActivatable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.closest('button, a[href], summary, [role="button"], label') !== null;
}

/** j/k/h, Shift+J/K, n/N, Enter/Space, / and ? for the whole page; ignored while typing or with modifiers. */
export function useKeyboardShortcuts(handlers: ShortcutHandlers, enabled = true): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
      if (isTypingTarget(e.target)) return;
      const h = ref.current;
      let action: (() => void) | null = null;
      switch (e.key) {
        case 'j':
          action = h.next;
          break;
        case 'k':
          action = h.prev;
          break;
        case 'h':
          action = h.parent;
          break;
        case 'J':
          action = h.nextThread;
          break;
        case 'K':
          action = h.prevThread;
          break;
        case 'n':
          action = h.nextHit;
          break;
        case 'N':
          action = h.prevHit;
          break;
        case '/':
          action = h.search;
          break;
        case '?':
          action = h.help;
          break;
        case 'Enter':
        case ' ':
          if (!isActivatable(e.target)) action = h.toggle;
          break;
        default:
          break;
      }
      if (action === null) return;
      e.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}
