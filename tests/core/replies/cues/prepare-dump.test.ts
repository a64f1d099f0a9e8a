import { describe, expect, it } from 'vitest';
import { prepareDump } from '../../../../src/core/replies/cues/prepare-dump.ts';
import { articleTitled } from '../../support/reply-inputs.ts';

const article = articleTitled;

describe('prepareDump', () => {
  it('should keep as rare only words a few comments share, not the article title’s words', () => {
    const dump = prepareDump(
      [
        { author: 'A', body: 'The aqueduct project leaks money.' },
        { author: 'B', body: 'Which aqueduct? The project is a reservoir.' },
        { author: 'C', body: 'The reservoir floods every spring.' },
      ],
      article('Reservoir Vote Delayed'),
    );
    expect([...(dump.rare[1]?.keys() ?? [])].sort()).toEqual(['aqueduct', 'project']);
    expect(dump.rare[2]?.size).toBe(0);
    expect(dump.titleStems.has('reservoir')).toBe(true);
    expect(dump.titleStems.has('aqueduct')).toBe(false);
  });

  it('should keep the figures of the article title, which every comment may repeat', () => {
    const dump = prepareDump([], article('Route 14 Loses 2 of Its 12 Buses'));
    expect([...dump.titleFigures].sort()).toEqual(['12', '14']);
  });

  it('should not read a commenter named like the article’s subject as a name', () => {
    const dump = prepareDump([], article('Kim Meets Trump'));
    expect(dump.variantsOf('Kim')).toEqual([]);
    expect(dump.variantsOf('Kimberly').length).toBeGreaterThan(0);
  });

  it('should keep the name Will when the headline uses "Will" as a verb', () => {
    const dump = prepareDump([], article('Council Will Vote on Ferry Fares'));
    expect(dump.variantsOf('Will').map((v) => v.words)).toEqual([['will']]);
    expect(prepareDump([], article('Grace Moves to a New Zoo')).variantsOf('Grace')).toEqual([]);
  });

  it('should drop a short form that another commenter goes by as their given name', () => {
    const dump = prepareDump(
      [
        { author: 'Marcus Vassilev', body: 'First.' },
        { author: 'Mary Roche', body: 'Second.' },
      ],
      article('Budget'),
    );
    const words = dump.variantsOf('Marcus Vassilev').map((v) => v.words.join(' '));
    expect(words).toContain('marc');
    expect(words).not.toContain('mary');
  });

  it('should not take a part of a handle its owner writes as a word for their name', () => {
    const dump = prepareDump(
      [
        { author: 'MVH_nurse22', body: 'MVH kept me on nights for six years.' },
        { author: 'Tess', body: 'MVH was the only hospital that hired me.' },
      ],
      article('Budget'),
    );
    const words = dump.variantsAt[0]?.map((v) => v.words.join(' '));
    expect(words).not.toContain('mvh');
    expect(words).toContain('nurse');
  });

  it('should give each comment its author’s name variants and the words they start with', () => {
    const dump = prepareDump(
      [
        { author: 'Mike Brennan', body: 'First.' },
        { author: null, body: 'Second.' },
        { author: 'Mike Brennan', body: 'Third.' },
      ],
      article('Budget'),
    );
    expect(dump.variantsAt[0]).toEqual(dump.variantsOf('Mike Brennan'));
    expect(dump.variantsAt[1]).toEqual([]);
    expect(dump.authorAt).toEqual([0, -1, 0]);
    expect([...dump.authorsStartingWith]).toEqual([
      ['mike', [0]],
      ['brennan', [0]],
    ]);
  });
});

describe('prepareDump, namesakes', () => {
  it("should keep a handle's given name when its owner writes it of a namesake on the page", () => {
    const dump = prepareDump(
      [
        { author: 'Nell Ruiz', body: 'Who pays for the new dock?' },
        { author: 'Nell_R_88', body: "Ha, the mail went to the other Nell's house again." },
      ],
      article('Dock Repairs Begin'),
    );
    expect(dump.variantsOf('Nell_R_88').some((v) => v.words.join(' ') === 'nell')).toBe(true);
  });
});
