import { describe, expect, it } from 'vitest';
import { answerToMe } from '../../../../src/core/replies/cues/answer-to-me.ts';
import { prepareDump } from '../../../../src/core/replies/cues/prepare-dump.ts';
import type { ReplyGuess } from '../../../../src/core/types.ts';
import { articleTitled } from '../../support/reply-inputs.ts';

const article = articleTitled('Tree Ordinance Draft');
const to = (parentIndex: number): ReplyGuess => ({ parentIndex, confidence: 0.9, reason: '' });

describe('answerToMe', () => {
  const dump = prepareDump(
    [
      { author: 'Mark', body: 'Hadley never cared about trees.' },
      {
        author: 'Drew',
        body: 'Mark, Hadley voted against those budgets because they cut the crew.',
      },
      { author: 'Sun-hee', body: 'My class mapped every oak on Elm Street.' },
      { author: 'Drew', body: 'Sun-hee, that is a great project. Send it to the council.' },
      { author: 'Mark', body: 'Drew: looked it up. You are right, I stand corrected.' },
    ],
    article,
  );
  const guesses = [null, to(0), null, to(2)];

  it("should pick the named commenter's comment written to the reply's author", () => {
    expect(answerToMe(dump, guesses, 4, 3, 0)).toBe(1);
  });

  it('should keep the chosen comment when none of theirs was written to the author', () => {
    expect(answerToMe(dump, [null, null, null, to(2)], 4, 3, 0)).toBe(3);
  });

  it('should keep the comment right above when a short reaction names its author', () => {
    const roses = prepareDump(
      [
        { author: 'Mark', body: 'Carol Ann, they got my arborvitae too.' },
        { author: 'Carol Ann', body: 'Mark, arborvitae is their favorite.' },
        { author: 'Marisol', body: 'Carol Ann, roses are no reason to shoot a hundred deer.' },
        { author: 'Carol Ann', body: 'It is not the roses, dear. Nothing grows back in the park.' },
        { author: 'Mark', body: 'Exactly, Carol Ann.' },
      ],
      article,
    );
    expect(answerToMe(roses, [null, to(0), to(1), to(2)], 4, 3, 0)).toBe(3);
  });

  it('should keep the comment right above, written to the page, when the reply shares as few words with the older one', () => {
    const books = prepareDump(
      [
        { author: 'Ray', body: 'Did the board say anything about lost-item charges?' },
        {
          author: 'Summer',
          body: 'Lost-item charges stay, but anything that comes back wipes them.',
        },
        { author: 'Ray', body: 'So a scratched DVD found in a year, you will just take it back?' },
        { author: 'Ray', body: 'Going to return the three books I have had since Thanksgiving.' },
        { author: 'Summer', body: 'Ray, we will be glad to see them.' },
      ],
      article,
    );
    const guesses = [null, to(0), to(1), null];
    expect(answerToMe(books, guesses, 4, 3, 0)).toBe(3);
    // A point conceded goes back to the answer given, though.
    const conceded = prepareDump(
      [
        { author: 'June', body: 'Will, you always got plowed first. Why is that?' },
        { author: 'Will', body: 'That is the bus routes, not me. The district sets the list.' },
        { author: 'Will', body: 'The council meets December 14 at 7. Show up and say it.' },
        { author: 'June', body: 'Fair, Will. I will call the bus garage instead.' },
      ],
      article,
    );
    expect(answerToMe(conceded, [null, to(0), null], 3, 2, 0)).toBe(1);
  });

  it('should send news taken in to their comment that told it, not their question right above', () => {
    const news = prepareDump(
      [
        { author: 'Joe', body: 'Historians will have a hard time in fifty years.' },
        { author: 'Kim', body: 'Joe, the county pays volunteers to transcribe the old deeds.' },
        { author: 'Kim', body: 'Is the paper going to drop the letters page next?' },
        { author: 'Joe', body: "Kim, I didn't know that. Signing up this weekend." },
      ],
      article,
    );
    expect(answerToMe(news, [null, to(0), null], 3, 2, 0)).toBe(1);
    // Under a statement of theirs to the page, the words decide as before.
    const statement = prepareDump(
      [
        { author: 'Joe', body: 'Historians will have a hard time in fifty years.' },
        { author: 'Kim', body: 'Joe, the county pays volunteers to transcribe the old deeds.' },
        { author: 'Kim', body: 'The paper is dropping the letters page next month.' },
        { author: 'Joe', body: "Kim, I didn't know that. Signing up this weekend." },
      ],
      article,
    );
    expect(answerToMe(statement, [null, to(0), null], 3, 2, 0)).toBe(2);
  });

  it('should send short thanks to the answer the author got, not the comment right above', () => {
    const panel = prepareDump(
      [
        { author: 'Art', body: 'I sat on the selection panel, so ask away.' },
        { author: 'Lukas', body: 'Art, how was the panel chosen? Volunteers?' },
        { author: 'Art', body: 'Appointed. Two from the arts council, one at-large resident.' },
        { author: 'Sam', body: 'Is the paint safe for old brick?' },
        { author: 'Art', body: 'Sam, yes. The state office signed off in June.' },
        { author: 'Lukas', body: 'Thanks Art. Good to know it was not just friends picking.' },
      ],
      article,
    );
    expect(answerToMe(panel, [null, to(0), to(1), null, to(3)], 5, 4, 0)).toBe(2);
  });

  it('should send thanks after the name to their later answer, past an older comment sharing a word', () => {
    const asked = [
      { author: 'Ken', body: 'The ferry office posts the winter schedule in October.' },
      { author: 'Lena', body: 'Can a wheelchair get onto the small ferry at all?' },
      { author: 'Ken', body: 'Lena: yes, the crew lowers the side ramp for it.' },
    ];
    const ferry = prepareDump(
      [...asked, { author: 'Lena', body: 'Ken, thank you, that helps. I will call the office.' }],
      article,
    );
    expect(answerToMe(ferry, [null, null, to(1)], 3, 0, 0)).toBe(2);
    // Without thanks, the shared word keeps the older comment.
    const noThanks = prepareDump(
      [...asked, { author: 'Lena', body: 'Ken, I will call the office to book.' }],
      article,
    );
    expect(answerToMe(noThanks, [null, null, to(1)], 3, 0, 0)).toBe(0);
  });

  it('should keep the latest comment when the reply takes up its words', () => {
    const fair = prepareDump(
      [
        { author: 'J.R.M.', body: 'Why not hold the fair without the grandstand?' },
        { author: 'Pruitt', body: 'J.R.M., the electrical runs through the grandstand.' },
        { author: 'Pruitt', body: 'Season pass refunds go out in October, by mail.' },
        { author: 'J.R.M.', body: 'Sgt. Pruitt, refunds by mail for season pass holders? Good.' },
      ],
      article,
    );
    expect(answerToMe(fair, [null, to(0), null], 3, 2, 0)).toBe(2);
  });

  it('should let a phrase or a figure picked up from the older comment decide', () => {
    const figures = prepareDump(
      [
        { author: 'Ines', body: 'Where does the fee money go?' },
        { author: 'Tobi', body: 'Section 2 sends 70% of it to the harbor fund.' },
        { author: 'Ada', body: 'The ferry is late again.' },
        { author: 'Tobi', body: 'Ada, the budget for the ferry is already stretched.' },
        { author: 'Ines', body: 'Tobi, is the 70% fixed, or can the budget change it?' },
      ],
      article,
    );
    expect(answerToMe(figures, [null, to(0), null, to(2)], 4, 3, 0)).toBe(1);
  });

  it('should take up an earlier comment of theirs that shares words when the latest shares none', () => {
    const park = prepareDump(
      [
        { author: 'Lena', body: 'We rebuilt the skate ramp and added floodlights last spring.' },
        { author: 'Omar', body: 'The pool should open earlier.' },
        { author: 'Lena', body: 'Omar, the budget covers lifeguards only from June.' },
        { author: 'Kit', body: 'Lena, the floodlights on the skate ramp really helped.' },
      ],
      article,
    );
    expect(answerToMe(park, [null, null, to(1)], 3, 2, 0)).toBe(0);
  });

  it('should take up an earlier comment sharing more words than their latest, further down', () => {
    const bakery = prepareDump(
      [
        { author: 'Lan', body: 'I lost a tenant this summer who blamed the horns.' },
        { author: 'Deshawn', body: 'The horns wake my kids at five.' },
        { author: 'Lan', body: 'Agree with Deshawn, the horn stops every conversation.' },
        { author: 'Ray', body: 'Quiet zones cost money.' },
        { author: 'Sue', body: 'County crossings need gates first.' },
        { author: 'Colm', body: '@Lan did the tenant really say it was the horns?' },
      ],
      article,
    );
    expect(answerToMe(bakery, [null, null, to(1), null, null], 5, 2, 0)).toBe(0);
  });

  it('should let one shared word decide, further down, when their latest shares none', () => {
    const map = prepareDump(
      [
        { author: 'Lupe', body: 'Which side of Cypress is the line on?' },
        { author: 'Ana', body: 'Even numbers go to Hawthorne.' },
        { author: 'Lupe', body: 'Could the paper print a real map for once?' },
        { author: 'Bo', body: 'The portables are full.' },
        { author: 'Hal', body: 'Lupe: we are at 418 Cypress too. Come Sunday.' },
      ],
      article,
    );
    expect(answerToMe(map, [null, to(0), null, null], 4, 2, 0)).toBe(0);
  });

  it('should keep the latest comment when an earlier one shares a single word only', () => {
    const park = prepareDump(
      [
        { author: 'Lena', body: 'We rebuilt the skate ramp last spring.' },
        { author: 'Omar', body: 'The pool should open earlier.' },
        { author: 'Lena', body: 'Omar, the budget covers lifeguards only from June.' },
        { author: 'Kit', body: 'Lena, the ramp is fine.' },
      ],
      article,
    );
    expect(answerToMe(park, [null, null, to(1)], 3, 2, 0)).toBe(2);
  });

  it('should take up the earlier of two comments written to the author when the words are its', () => {
    const hikes = (reply: string) =>
      prepareDump(
        [
          { author: 'Noor', body: 'The north loop is closed after the storm.' },
          { author: 'Kim', body: 'Noor, the south loop is muddy but worth the drive.' },
          { author: 'Noor', body: 'Does the lodge rent poles?' },
          { author: 'Kim', body: 'Noor, yes, ten dollars a day.' },
          { author: 'Noor', body: reply },
        ],
        article,
      );
    const guesses = [null, to(0), null, to(2)];
    const muddy = hikes('Kim, about worth the drive: the muddy south loop took me four hours.');
    expect(answerToMe(muddy, guesses, 4, 3, 0)).toBe(1);
    const poles = hikes('Kim, ten dollars a day is steep for poles.');
    expect(answerToMe(poles, guesses, 4, 3, 0)).toBe(3);
  });

  it('should give ground to their latest turn to the author, whatever an earlier one shares', () => {
    const turns = prepareDump(
      [
        { author: 'Ines', body: 'The levy rolls back the rate the first year by law.' },
        {
          author: 'moss_77',
          body: 'It rolls back the rate the first year, then they vote it up again.',
        },
        { author: 'Ines', body: 'They did vote it up in 2016, with a hearing.' },
        { author: 'moss_77', body: 'So the promise holds until it does not. That is my point.' },
        { author: 'moss_77x', body: 'Nobody reads the notices anyway.' },
        {
          author: 'Ines',
          body: 'moss_77, fair enough. Watch the budget hearing: above the rolled back rate they must say so.',
        },
      ],
      article,
    );
    const exchange = [null, to(0), to(1), to(2), null];
    expect(answerToMe(turns, exchange, 5, 1, 0)).toBe(3);
  });
});
