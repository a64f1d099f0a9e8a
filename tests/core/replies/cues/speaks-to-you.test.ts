import { describe, expect, it } from 'vitest';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { speaksToYou } from '../../../../src/core/replies/cues/speaks-to-you.ts';

const you = (body: string): number => speaksToYou(prepareComment('A', body));

describe('speaksToYou', () => {
  it('should score words aimed at one reader highest', () => {
    expect(you('I respect your opinion but the numbers are wrong.')).toBeGreaterThan(0.6);
    expect(you("You're right that the rents doubled.")).toBeGreaterThan(0.6);
    expect(you('You mean the same council that approved it?')).toBeGreaterThan(0.6);
  });

  it('should read a request to pass words on to someone the reader wrote of as aimed at them', () => {
    expect(you('Please tell her the whole choir is thinking of her.')).toBeGreaterThan(0.6);
    expect(you('Give him a pat from us, he earned it.')).toBeGreaterThan(0.6);
    expect(you('Tell them at the next meeting that the fee is too high.')).toBe(0);
  });

  it('should read a closing question on what the reader is worried about as put to them', () => {
    const body =
      'Two towns nearby switched in 2019 and kept the same schedule. Neither cut it again. Which town is the one you are worried about?';
    expect(you(body)).toBeGreaterThanOrEqual(0.6);
    // Asked mid-way and argued past, it is the writer's own rhetoric.
    const mid =
      'Which town is the one you are worried about? Two nearby switched in 2019. Neither cut it again.';
    expect(you(mid)).toBeLessThan(0.5);
  });

  it("should read a retort on one reader's ignorance as aimed at them, short of a call for an answer", () => {
    const retort = you('You have no idea how many lifeguards they cut last year.');
    expect(retort).toBeGreaterThanOrEqual(0.5);
    expect(retort).toBeLessThan(0.6);
    expect(you('Nobody has any idea how many lifeguards they cut.')).toBe(0);
  });

  it('should score a bare opening "you" too low to decide alone (it may be the reporter)', () => {
    expect(you('You have the dates backwards.')).toBeGreaterThan(0);
    expect(you('You have the dates backwards.')).toBeLessThan(0.5);
    expect(you('You quote the ferry authority five times and not one islander.')).toBeLessThan(0.5);
  });

  it('should read a "you" retort ending on a tag as aimed at one reader', () => {
    expect(you('You do know the dam was built in 1931, right? So much for "new".')).toBeGreaterThan(
      0.6,
    );
    expect(you('You bought a house next to the rail yard, though.')).toBeGreaterThan(0.6);
    // The tag must close the "you" sentence: one later on is no retort to the reader.
    expect(you('You can see the dam from here. It was built in 1931, right?')).toBeLessThan(0.5);
  });

  it('should read a later sentence telling one reader what they are doing as aimed at them', () => {
    expect(you("The gauges measure flow. You're looking at the wrong number.")).toBeGreaterThan(
      0.6,
    );
    expect(you("A lottery suits me too. You're not the problem.")).toBeGreaterThan(0.6);
    expect(you("Fees rise in May. You're going to pay more either way.")).toBe(0);
  });

  it('should ignore second person that speaks to everyone', () => {
    expect(you('If you believe this, I have a bridge to sell.')).toBe(0);
    expect(you('Thank you, council, for nothing.')).toBe(0);
  });

  it('should read "you see them…" as what one reader sees, unlike a bare "you see"', () => {
    expect(you('You see them on the shoulder because the lots are full.')).toBeGreaterThan(0);
    expect(you('You see, the lots were full by nine.')).toBe(0);
  });

  it('should ignore "you" aimed at the paper', () => {
    expect(you('You keep quoting officials who lied. The Times should know better.')).toBe(0);
  });

  it('should ignore "you" asked of whoever wrote this story', () => {
    expect(you('Did you ask a single parent? This story quotes only the board.')).toBe(0);
    expect(
      you('Did you ask a single parent? Your story is the one the board needs.'),
    ).toBeGreaterThan(0.5);
  });

  it('should read "on your side" as aimed at one reader', () => {
    expect(you("I'm on your side here, the fee is too high.")).toBeGreaterThan(0.6);
  });

  it('should hear the paper only in its words in a row', () => {
    expect(you('You keep quoting officials who lied. The old times were better.')).toBeGreaterThan(
      0,
    );
    expect(you('You keep quoting officials who lied. Ask the reporters why.')).toBe(0);
  });

  it('should return 0 without any second person', () => {
    expect(you('The council approved the plan.')).toBe(0);
  });

  it('should read "you" told about their comment as aimed at that reader', () => {
    expect(you("You're not wrong, and it's decent of you to say it.")).toBeGreaterThan(0.5);
    expect(you("You've changed my mind a little.")).toBeGreaterThan(0.5);
  });

  it('should read a question put to "you" as aimed at the writer above', () => {
    expect(you('How much food do you throw out on a normal day?')).toBeGreaterThan(0.5);
    expect(you("I'm so sorry. Have you looked into the insulation program?")).toBeGreaterThan(0.5);
    expect(you('Is the counter walk-in or do you need a reservation?')).toBeLessThan(0.5);
  });

  it('should read "Where are you…?" or "How do you…?", with no word between, as put to the writer above', () => {
    expect(you('Where are you buying firewood this late in the year?')).toBeGreaterThan(0.5);
    expect(you('Never heard of that setting. How do you switch it off?')).toBeGreaterThan(0.5);
  });

  it('should ignore "you" in a note written to every reader ("For anyone wondering…")', () => {
    expect(you('For anyone wondering how to sign up: you need your utility account number.')).toBe(
      0,
    );
    expect(you('PSA: you can opt out online.')).toBe(0);
  });

  it('should not read "you" in a question flagged as put to every reader as aimed at one', () => {
    expect(you('How do you even insure a ferry that old? Serious question.')).toBe(0);
    expect(you('How do you even insure a ferry that old?')).toBeGreaterThan(0.5);
  });

  it('should read what one reader keeps doing in the argument as aimed at them', () => {
    expect(you('It drops if they rebid. You keep ignoring the rebid clause.')).toBeGreaterThan(0.6);
    expect(you('It drops if they rebid. You keep the change, it is yours.')).toBeLessThan(0.6);
  });

  it('should read ground given to one reader after a word of assent as aimed at them', () => {
    expect(you('Alright, you know far more about hull repair than I do.')).toBeGreaterThan(0.6);
    expect(you('Alright, you know how the ferry goes in winter.')).toBeLessThan(0.6);
  });

  it('should read a reader told to check what they claimed as aimed at them', () => {
    expect(you('You might want to check that. The ferry ran full all August.')).toBeGreaterThan(
      0.6,
    );
    expect(you('You may want to reread the schedule, it changed in May.')).toBeGreaterThan(0.6);
    expect(you('You might want to bring a jacket on the ferry.')).toBeLessThan(0.6);
  });
});
