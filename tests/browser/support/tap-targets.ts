// Measures, inside the page, what the tap-target browser test asserts: every visible control at
// least 24 × 24 CSS px (WCAG 2.2, 2.5.8 Target Size (Minimum)), and nothing past the right edge.
import type { Page } from 'playwright-core';

export const CONTROLS = 'a, button, input, select, summary, [role="button"], [tabindex]';

/**
 * The controls smaller than 24 × 24 that the spacing exception of 2.5.8 does not excuse either:
 * a 24 px circle centred on the control must not touch another control or another small
 * control's circle. A checkbox or radio inside its label is measured by the label (a tap anywhere
 * on it toggles the input, so the label is the target), which covers visually hidden radios too;
 * `tabindex="-1"` (a comment that takes focus from a jump, not from a tap) and the
 * skip link (visible only on focus) are not tap targets.
 */
export function undersizedTargets(page: Page): Promise<{ crowded: string[]; spaced: string[] }> {
  return page.evaluate((selector) => {
    const MIN = 24;
    interface Target {
      el: Element;
      r: DOMRect;
    }
    const targets: Target[] = [];
    for (const el of document.querySelectorAll(selector)) {
      if (el.getAttribute('tabindex') === '-1' && !el.matches('a, button, input, select')) continue;
      if (el.matches('input[type="hidden"], [hidden] *')) continue;
      let box: Element = el;
      if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
        const label = el.closest('label');
        if (label !== null) box = label;
        else if (el.getBoundingClientRect().width <= 1) continue;
      }
      if (
        !(box as HTMLElement).checkVisibility?.({ opacityProperty: true, visibilityProperty: true })
      )
        continue;
      const r = box.getBoundingClientRect();
      // Visually hidden boxes (sr-only: clipped to nothing), like the skip link until it is focused.
      if (r.width <= 1 || r.height <= 1 || getComputedStyle(box).clipPath.startsWith('inset')) {
        continue;
      }
      targets.push({ el, r });
    }
    const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    const touches = (c: { x: number; y: number }, r: DOMRect) => {
      const dx = Math.max(r.left - c.x, 0, c.x - r.right);
      const dy = Math.max(r.top - c.y, 0, c.y - r.bottom);
      return dx * dx + dy * dy < (MIN / 2) ** 2;
    };
    const small = targets.filter((t) => t.r.width < MIN - 0.5 || t.r.height < MIN - 0.5);
    const crowdedOut: string[] = [];
    const spacedOut: string[] = [];
    for (const t of small) {
      const c = centre(t.r);
      const crowded = targets.some((o) => {
        if (o === t || o.el.contains(t.el) || t.el.contains(o.el)) return false;
        if (touches(c, o.r)) return true;
        if (!small.includes(o)) return false;
        const oc = centre(o.r);
        return Math.hypot(oc.x - c.x, oc.y - c.y) < MIN;
      });
      const name = (t.el.getAttribute('aria-label') ?? t.el.textContent ?? '').trim().slice(0, 40);
      const size = `${t.r.width.toFixed(0)}×${t.r.height.toFixed(0)}`;
      (crowded ? crowdedOut : spacedOut).push(`${t.el.tagName.toLowerCase()} "${name}" ${size}`);
    }
    return { crowded: crowdedOut, spaced: spacedOut };
  }, CONTROLS);
}

/** Visible elements whose box reaches past the viewport's sides, and the page's scroll width. */
export function overflowing(page: Page): Promise<{ scrollWidth: number; wide: string[] }> {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const wide: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      // Visually hidden boxes (sr-only: clipped to nothing), like the skip link until it is focused.
      if (r.width <= 1 || r.height <= 1 || getComputedStyle(el).clipPath.startsWith('inset'))
        continue;
      if (r.right <= vw + 0.5 && r.left >= -0.5) continue;
      // Content inside a box that clips or scrolls it sideways does not widen the page.
      let clipped = false;
      for (let p = el.parentElement; p !== null && p !== document.body; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (s.overflowX !== 'visible') {
          clipped = true;
          break;
        }
      }
      if (clipped || !(el as HTMLElement).checkVisibility?.()) continue;
      wide.push(
        `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 40)} ${r.left.toFixed(0)}–${r.right.toFixed(0)}`,
      );
    }
    return { scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 10) };
  });
}
