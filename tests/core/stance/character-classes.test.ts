import { describe, expect, it } from 'vitest';
import { characterClasses } from '../../../src/core/stance/character-classes.ts';

const code = (ch: string): number => ch.charCodeAt(0);

describe('characterClasses', () => {
  it('should give class 0 to every character no literal holds and its own class to each other', () => {
    const literals = [['deal', 'naïve'], null, ['de-al']];
    const { classOf, classes } = characterClasses(literals);
    const held = [...new Set('dealnaïve-'.split(''))];
    expect(classes).toBe(held.length + 1);
    expect(new Set(held.map((ch) => classOf[code(ch)])).size).toBe(held.length);
    expect(held.every((ch) => (classOf[code(ch)] as number) > 0)).toBe(true);
    for (const ch of ['x', 'z', 'D', ' ', 'é']) expect(classOf[code(ch)]).toBe(0);
  });

  it('should number the frequent prose characters the literals hold before the others', () => {
    // Whatever order the literals give them in, "e" and "t" come before "q" and "ï".
    const { classOf } = characterClasses([['quiït', 'qe']]);
    const order = (ch: string): number => classOf[code(ch)] as number;
    expect(order('e')).toBeLessThan(order('q'));
    expect(order('t')).toBeLessThan(order('q'));
    expect(order('q')).toBeLessThan(order('ï'));
  });

  it('should number more distinct characters than one byte could', () => {
    const wide = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x3400 + i));
    const { classOf, classes } = characterClasses([wide]);
    expect(classes).toBe(301);
    expect(new Set(wide.map((ch) => classOf[code(ch)])).size).toBe(300);
  });
});
