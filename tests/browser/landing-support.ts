import type { Page } from 'playwright-core';

/** Where comment `id`'s author line sits: its top against the sticky header and the window. */
export function authorLine(page: Page, id: string) {
  return page.evaluate((cid) => {
    const header = document.querySelector(`#c-${CSS.escape(cid)} header`);
    if (header === null) return null;
    const top = header.getBoundingClientRect().top;
    const sticky = document.querySelector('body header')?.getBoundingClientRect().bottom ?? 0;
    return { top, sticky, height: window.innerHeight };
  }, id);
}

/** True when the author line is below the sticky header and above the bottom of the window. */
export async function authorLineInView(page: Page, id: string): Promise<boolean> {
  const at = await authorLine(page, id);
  return at !== null && at.top >= at.sticky - 1 && at.top < at.height - 20;
}

/** The comment at the top of the screen (under the sticky header) and its top, in px. */
export function topComment(page: Page) {
  return page.evaluate(() => {
    const sticky = document.querySelector('body header')?.getBoundingClientRect().bottom ?? 0;
    for (const el of document.querySelectorAll<HTMLElement>('article[id^="c-"]')) {
      const r = el.getBoundingClientRect();
      if (r.bottom > sticky + 1) return { id: el.id, top: Math.round(r.top) };
    }
    return null;
  });
}
