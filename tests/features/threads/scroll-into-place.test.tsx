import { afterEach, describe, expect, it } from 'vitest';
import {
  firstRowOnScreen,
  headerHeight,
  scrollDelta,
} from '../../../src/features/threads/scroll-into-place.ts';

function row(key: string, top: number, height: number): HTMLElement {
  const el = document.createElement('div');
  el.dataset.key = key;
  el.getBoundingClientRect = () => new DOMRect(0, top, 300, height);
  return el;
}

afterEach(() => document.documentElement.style.removeProperty('--header-h'));

describe('scroll into place', () => {
  it('should read the sticky header height the page header publishes', () => {
    expect(headerHeight()).toBe(0);
    document.documentElement.style.setProperty('--header-h', '56px');
    expect(headerHeight()).toBe(56);
  });

  it('should find the first row still showing below the header, not one hidden under it', () => {
    document.documentElement.style.setProperty('--header-h', '50px');
    const list = document.createElement('div');
    list.append(row('a/1', -200, 240), row('a/2', 40, 200), row('a/3', 240, 200));
    expect(firstRowOnScreen(list)).toEqual({ key: 'a/2', offset: 40 });
  });

  it('should skip rows with no height and answer null for no list', () => {
    const list = document.createElement('div');
    list.append(row('a/1', 100, 0));
    expect(firstRowOnScreen(list)).toBeNull();
    expect(firstRowOnScreen(null)).toBeNull();
  });

  it('should move a row under the header down to just below it', () => {
    document.documentElement.style.setProperty('--header-h', '50px');
    expect(scrollDelta(new DOMRect(0, 10, 300, 100), { align: 'auto' })).toBe(-48);
    expect(scrollDelta(new DOMRect(0, 300, 300, 100), { align: 'auto' })).toBe(0);
  });
});
