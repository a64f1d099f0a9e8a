import { expect } from 'vitest';

interface Gated {
  readonly cue: string;
  readonly gate: RegExp;
  readonly pattern: RegExp;
}

/**
 * A gate is a cheap test that spares comments the pattern, so it must let through every text the
 * pattern matches. Each cue must match at least one of `texts`, so that every gate is tried.
 */
export function expectGatesCover(cues: readonly Gated[], texts: readonly string[]): void {
  for (const c of cues) {
    const matched = texts.filter((t) => c.pattern.test(t));
    expect(matched.length, c.cue).toBeGreaterThan(0);
    for (const t of matched) expect(c.gate.test(t), `${c.cue}: ${t}`).toBe(true);
  }
}
