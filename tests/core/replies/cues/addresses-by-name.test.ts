import { describe, expect, it } from 'vitest';
import { addressesByName } from '../../../../src/core/replies/cues/addresses-by-name.ts';
import { nameVariants } from '../../../../src/core/replies/cues/name-variants.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';

const check = (body: string, name: string) =>
  addressesByName(prepareComment('Reader', body), name, nameVariants(name));

describe('addressesByName', () => {
  it('should read a vocative at the start as direct address', () => {
    const hit = check('Harriet, the bridge was closed for a reason.', 'Harriet');
    expect(hit?.score).toBeGreaterThan(0.9);
    expect(hit?.reason).toBe('addresses Harriet by name');
  });

  it('should read a vocative at the end of a sentence as direct address', () => {
    expect(
      check('That is a stretch, Omar. The numbers say otherwise.', 'Omar')?.score,
    ).toBeGreaterThan(0.9);
  });

  it("should read a name owning a comment as a commenter's, even an everyday word", () => {
    const everyday = check("Bill's first comment had it right, the pier is rotten.", 'Bill');
    expect(everyday?.reason).toBe('names Bill');
    expect(everyday?.score).toBeGreaterThan(0.85);
    expect(check("Bill's sponsor pulled it from the agenda.", 'Bill')).toBeNull();
    const after = check("On Harriet's original point: the bridge was never inspected.", 'Harriet');
    expect(after?.score).toBeGreaterThan(0.85);
    expect(after?.score).toBeLessThan(0.9);
  });

  it("should read a handle's two-letter piece set off at a sentence's end as direct address", () => {
    expect(check('That is the whole point of the levy, Jo.', 'HarborJo_7')?.score).toBeGreaterThan(
      0.89,
    );
    expect(check('Jo and I went to the levy meeting.', 'HarborJo_7')).toBeNull();
  });

  it('should find part of a CamelCase handle written as words', () => {
    const hit = check('My two cents re Seven Seas: the port deal is bad.', 'TheSevenSeas');
    expect(hit?.reason).toBe('names TheSevenSeas');
    expect(hit?.score).toBeGreaterThan(0.8);
  });

  it('should not take a handle\'s piece after "the" and before a noun for its bearer', () => {
    expect(check('Could the site show the PSI readings by hour?', 'PSI_geek')).toBeNull();
    expect(check('Agree with PSI on the readings by hour.', 'PSI_geek')?.score).toBeGreaterThan(
      0.8,
    );
  });

  it("should not take a title before someone else's full name for a vocative", () => {
    expect(
      check('The port director, Dr. Lena Voss, signed the lease.', 'Dr. Omar Haddad'),
    ).toBeNull();
    expect(
      check('That settles it, thanks, Dr. Great answer.', 'Dr. Omar Haddad')?.score,
    ).toBeGreaterThan(0.8);
  });

  it('should read two names joined by "and", set off at the end, as calling on both', () => {
    const body = 'Take a breath, you two, Al and Marisol. The hearing is not until May.';
    expect(check(body, 'Al Brandt')?.reason).toBe('addresses Al Brandt by name');
    expect(check(body, 'Marisol Vega')?.reason).toBe('addresses Marisol Vega by name');
    expect(check('I saw Al and Marisol at the hearing in May.', 'Al Brandt')).toBeNull();
  });

  it('should count "X is right" and "agree with X" as pointing at a commenter', () => {
    expect(check('Priya is right about the tolls.', 'Priya Nair')?.score).toBeGreaterThan(0.8);
    expect(check('I agree with Priya on this one.', 'Priya Nair')?.score).toBeGreaterThan(0.8);
  });

  it('should not take a public figure sharing a first name for the commenter', () => {
    expect(check('Kim Jong-un will never give up his missiles.', 'Kim')).toBeNull();
    expect(check('Even Paul Ryan voted for it.', 'Ryan')).toBeNull();
  });

  it('should accept a title before a surname', () => {
    expect(check('By the way Dr. Okafor the clinic reopened.', 'Dr. Ada Okafor')).not.toBeNull();
  });

  it('should read a title and surname opening the reply as a vocative', () => {
    const hit = check('Dr. Marsh, did they handle it at the table?', 'Dr. Evelyn Marsh');
    expect(hit?.reason).toBe('addresses Dr. Evelyn Marsh by name');
  });

  it('should not match a lower-case word that merely equals a lower-case handle mid-text', () => {
    expect(check('We need a pragmatist in the mayor office.', 'pragmatist')).toBeNull();
    expect(check('pragmatist, you missed the point.', 'pragmatist')?.score).toBeGreaterThan(0.9);
  });

  it("should read a lower-case handle's word right after a greeting as a vocative", () => {
    expect(
      check('Thanks dave, that clears it up.', 'dave_the_diver_9')?.score,
    ).toBeGreaterThanOrEqual(0.9);
    expect(check('We asked dave about it, no answer.', 'dave_the_diver_9')).toBeNull();
  });

  it('should read a whole lower-case handle written mid-text in a remark on what they said', () => {
    expect(check('Like dave_the_diver_9 says, the ramp floods.', 'dave_the_diver_9')?.reason).toBe(
      'names dave_the_diver_9',
    );
    expect(
      check('Every thread here turns into dave_the_diver_9 vs. the town.', 'dave_the_diver_9'),
    ).toBeNull();
  });

  it('should read a whole lower-case handle with digits inside or glued on, written mid-text', () => {
    expect(
      check('Two terms in. ferry_3_fan is right about the fares.', 'ferry_3_fan')?.reason,
    ).toBe('names ferry_3_fan');
    expect(check('Fares rose. As deckhand_jo77 said, nobody rides.', 'deckhand_jo77')?.reason).toBe(
      'names deckhand_jo77',
    );
  });

  it('should read a whole lower-case handle right after a capitalised word that opens the sentence', () => {
    expect(check("Followed ferry_3_fan's tip and booked early.", 'ferry_3_fan')?.reason).toBe(
      'names ferry_3_fan',
    );
  });

  it('should read a whole lower-case handle written with its underscore after a greeting', () => {
    expect(check('Thanks, river_rat. I had no idea the ramp moved.', 'river_rat')?.reason).toBe(
      'addresses river_rat by name',
    );
    // Written with a space instead, as people also do, it still reads as before.
    expect(check('Thanks, river rat. I had no idea.', 'river_rat')?.score).toBeGreaterThan(0.9);
  });

  it('should read the initials a commenter signs with as a mention of them', () => {
    expect(check('J.P. is the one this rule hurts most.', 'J.P. Doyle')?.reason).toBe(
      'names J.P. Doyle',
    );
  });

  it('should return null when the name is absent', () => {
    expect(check('Nobody here mentioned the schools.', 'Vincent')).toBeNull();
  });

  it("should read a title written out or a coach's title as part of the name", () => {
    expect(
      check('Professor Kessler, is a phone app good enough?', 'Prof. Miriam Kessler')?.score,
    ).toBeGreaterThanOrEqual(0.9);
    expect(check('Agree with Coach Dunphy. Portions matter.', 'Coach Ray Dunphy')?.reason).toBe(
      'names Coach Ray Dunphy',
    );
  });

  it('should read initials written in full mid-text as a mention of that commenter', () => {
    const hit = check('The waste figure K.L.W. asked about deserves a story.', 'K.L.W.');
    expect(hit?.reason).toBe('names K.L.W.');
    expect(hit?.score).toBeGreaterThan(0.8);
  });

  it('should read a title alone as a vocative to the commenter who bears it', () => {
    expect(check('Sergeant, no. It was 5-4.', 'Sgt. Dwayne Oyelaran')?.reason).toBe(
      'addresses Sgt. Dwayne Oyelaran by name',
    );
    expect(check('The sergeant on our street agrees.', 'Sgt. Dwayne Oyelaran')).toBeNull();
  });

  it('should read a police rank written out as a vocative to the officer who signs with it', () => {
    expect(check('Good of you to answer here, Lieutenant.', 'Lt. Omar Reyes')?.reason).toBe(
      'addresses Lt. Omar Reyes by name',
    );
    expect(check('Detective, was the car ever found?', 'Det. Carla Moss')?.reason).toBe(
      'addresses Det. Carla Moss by name',
    );
    expect(check('A lieutenant from the county came by.', 'Lt. Omar Reyes')).toBeNull();
  });

  it('should read a hyphenated first name as one name', () => {
    expect(
      check('Hyun-woo, the market delivers on Tuesdays.', 'Hyun-woo Park')?.score,
    ).toBeGreaterThanOrEqual(0.9);
  });

  it('should read the title a commenter signs with as part of their name', () => {
    expect(
      check('Councilmember Reyes, will the public speak?', 'Councilmember Alma Reyes')?.score,
    ).toBeGreaterThanOrEqual(0.9);
    expect(check('Senator Reyes voted no.', 'Alma Reyes')).toBeNull();
  });
});

describe('addressesByName, session 9 cases', () => {
  it('should read a common-word name set off by a comma at the end as a vocative', () => {
    expect(check("You're right to be angry, Joy.", 'Joy Albright')?.score).toBeGreaterThanOrEqual(
      0.9,
    );
  });

  it('should read a name after a sentence-opening word as a mention', () => {
    const hit = check('Everything Tomasz describes matches the county data.', 'Tomasz Wierzbicki');
    expect(hit?.reason).toBe('names Tomasz Wierzbicki');
  });

  it('should read a common-word name opening a verdict on what they said as a mention', () => {
    expect(check('Faith is right. The library hours matter.', 'Faith Mendel')?.reason).toBe(
      'names Faith Mendel',
    );
    expect(check('Will has a point about the ferry.', 'Will Okoro')?.score).toBeGreaterThan(0.5);
    expect(check('Faith is a big part of this town.', 'Faith Mendel')).toBeNull();
  });

  it('should not read a first name the reply gives someone else in full as the commenter', () => {
    const body =
      "Chair Will Danforth is quoted saying so. It's a working harbor, Will, not a resort.";
    expect(check(body, 'Will Tennant')).toBeNull();
  });
});

describe('addressesByName, greetings', () => {
  it('should read a common-word name after an opening "Sorry" as a vocative', () => {
    expect(check("Sorry Mark, we'll try to be more egg-citing.", 'Mark Tillotson')?.reason).toBe(
      'addresses Mark Tillotson by name',
    );
  });

  it('should read thanks set off by a comma before a name as direct address, even a common word', () => {
    expect(check('Missed that somehow, thanks Rose.', 'Rose Okafor')?.score).toBeGreaterThan(0.85);
    expect(check('I picked a rose, thanks to the rain.', 'Rose Okafor')).toBeNull();
  });

  it('should read a name the same beside a curly apostrophe as beside a straight one', () => {
    const bodies = [
      "Gordon's numbers are off. Ask ’em, Gordon.",
      'Kim’s right, O’Neil. Jong-un’s envoy said so.',
      "Thanks ’Deb', it's 'Will'’s call.",
    ];
    for (const name of ['Gordon', 'O’Neil', "O'Neil", 'Deb', 'Will', 'Kim']) {
      for (const body of bodies) {
        const straight = check(body.replace(/’/g, "'"), name);
        expect(check(body, name)).toEqual(straight);
      }
    }
    expect(check('Gordon’s numbers are off.', 'Gordon')?.score).toBeGreaterThan(0.8);
  });
});

describe('addressesByName, a verdict about a point', () => {
  it('should read a name that is also a word, judged right about a point, as a commenter', () => {
    expect(
      check('Hope is right about the ferry. It ran late all week.', 'Hope')?.score,
    ).toBeGreaterThan(0.85);
    expect(check('Hope is right. It ran late all week.', 'Hope')?.score).toBe(0.6);
  });
});

describe('addressesByName, a word-like name saying something mid-sentence', () => {
  it('should read a capitalised given name that is also a word, said to speak, as a commenter', () => {
    const hit = check('Did anyone try the shortcut Hope is talking about?', 'Hope Varga');
    expect(hit?.reason).toBe('names Hope Varga');
    expect(hit?.score).toBeCloseTo(0.84);
    expect(check('Did anyone try the shortcut Hope mentioned?', 'Hope Varga')).not.toBeNull();
    expect(check('Did anyone lose the hope we were talking about?', 'Hope Varga')).toBeNull();
  });
});

describe('addressesByName, a one-word name the reply gives someone else in full', () => {
  it('should not read the bare name as the commenter who goes by it alone', () => {
    const body = 'Marcus Bell told the board the fee is fair. Define fair, Marcus.';
    expect(check(body, 'Marcus')).toBeNull();
    expect(check('Define fair, Marcus.', 'Marcus')?.score).toBeGreaterThan(0.9);
  });
});
