// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  isQuotaError,
  readVersioned,
  removeStored,
  writeVersioned,
} from '../../../src/shared/storage/versioned-storage.ts';

const asNumbers = (data: unknown): number[] | null =>
  Array.isArray(data) && data.every((n) => typeof n === 'number') ? data : null;

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('versioned storage', () => {
  it('should read back what it wrote', () => {
    expect(writeVersioned('k', 1, [1, 2])).toEqual({ ok: true });
    expect(readVersioned('k', 1, asNumbers)).toEqual({ value: [1, 2], notice: null });
  });

  it('should return nothing and no notice when the key was never written', () => {
    expect(readVersioned('missing', 1, asNumbers)).toEqual({ value: null, notice: null });
  });

  it('should discard a value from another version with a notice', () => {
    writeVersioned('k', 1, [1]);
    const read = readVersioned('k', 2, asNumbers);
    expect(read.value).toBeNull();
    expect(read.notice).toMatch(/another version/);
    expect(localStorage.getItem('k')).toBeNull();
  });

  it('should discard unparseable and invalid values with a notice', () => {
    localStorage.setItem('broken', '{not json');
    expect(readVersioned('broken', 1, asNumbers).notice).toMatch(/unreadable/);
    writeVersioned('wrong', 1, ['a']);
    expect(readVersioned('wrong', 1, asNumbers).notice).toMatch(/not valid/);
  });

  it('should report a full storage instead of throwing', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const result = writeVersioned('k', 1, [1]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('quota');
  });

  it('should report other write failures as unavailable', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('denied');
    });
    const result = writeVersioned('k', 1, [1]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('unavailable');
  });

  it('should recognise quota errors by name and legacy code', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Error('x'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });

  it('should remove a stored value', () => {
    writeVersioned('k', 1, [1]);
    removeStored('k');
    expect(readVersioned('k', 1, asNumbers).value).toBeNull();
  });
});
