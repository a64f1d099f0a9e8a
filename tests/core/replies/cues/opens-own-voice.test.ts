import { describe, expect, it } from 'vitest';
import {
  opensFromArticle,
  opensOwnVoice,
  ownsAView,
} from '../../../../src/core/replies/cues/opens-own-voice.ts';

const asked = 'Has anyone read the noise study? The town hall copy is missing pages.';

describe('opensOwnVoice', () => {
  it('should read a commenter introducing themselves or owning up to a view as a voice of its own', () => {
    expect(opensOwnVoice('As a pilot I can say the runway is fine.', asked)).toBe(true);
    expect(opensOwnVoice("I'll be honest, I never read these studies.", asked)).toBe(true);
    expect(opensOwnVoice("I'll say it: the runway was never the problem.", asked)).toBe(true);
  });

  it('should read a commenter telling what they manage or own as a voice of its own', () => {
    expect(opensOwnVoice('I manage two hangars out there and the noise is fine.', asked)).toBe(
      true,
    );
    expect(opensOwnVoice('I own the diner under the flight path.', asked)).toBe(true);
  });

  it('should read a reply starting from the article as a voice of its own', () => {
    expect(opensOwnVoice('The article skips the night flights entirely.', asked)).toBe(true);
  });

  it('should not read it so when the question asked after that very thing', () => {
    const report = 'Has anyone seen the drainage report? The summary is vague.';
    expect(opensOwnVoice('The report is on the county site, section 4.', report)).toBe(false);
    expect(opensOwnVoice('The story is on the county site, section 4.', report)).toBe(true);
    // Named outside the question, it was not asked after.
    const elsewhere = 'The report skips the creek. Who signed off on the culvert?';
    expect(opensOwnVoice('The report is on the county site, section 4.', elsewhere)).toBe(true);
  });

  it('should not read an ordinary answer as one', () => {
    expect(opensOwnVoice('Yes, the library has a full copy.', asked)).toBe(false);
  });
});

describe('ownsAView', () => {
  it("should read a view announced as the writer's own, not a mere first person", () => {
    expect(ownsAView("I'll say what nobody wants to hear: the buses run empty.")).toBe(true);
    expect(ownsAView('Unpopular opinion, but the fees are fair.')).toBe(true);
    expect(ownsAView("I'll check the schedule tonight and post it.")).toBe(false);
  });
});

describe('opensFromArticle', () => {
  it("should read a reply starting from the article's own words, however it qualifies them", () => {
    expect(opensFromArticle('The real story is in the last paragraph: no drivers.', asked)).toBe(
      true,
    );
    expect(opensFromArticle('The whole piece reads like a press release.', asked)).toBe(true);
  });

  it('should not read a commenter introducing themselves that way', () => {
    expect(opensFromArticle("I'm a pilot, and the runway is fine.", asked)).toBe(false);
  });
});

describe("opensOwnVoice, the writer's own household or trade", () => {
  it('should read "Our …" and a disowned namesake before a trade as a voice of its own', () => {
    expect(opensOwnVoice('Our mosque faces the mill lot. We were never asked.', asked)).toBe(true);
    expect(
      opensOwnVoice('No relation to the judge, before anyone asks. I sell boats.', asked),
    ).toBe(true);
    expect(opensOwnVoice('I sell ferry tickets at the dock, and the line is long.', asked)).toBe(
      true,
    );
    // Neither word opening anything else: "Ours" is no household, "No" alone may answer.
    expect(opensOwnVoice('Ours closed in 2019, the study says.', asked)).toBe(false);
    expect(opensOwnVoice('No, the study was never finished.', asked)).toBe(false);
  });
});
