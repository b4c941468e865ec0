// Our English, checked against the bilingual reviews of the first and third editions: their
// calques and shifted senses stay out, the agreed EU terms stay in, and each term is the same in
// the paragraphs and in the summaries. Where the reviews disagreed, the Russian decided: "до уровня"
// is "to the level of" (not "extend … to"), "Данный Диалог" is "This Dialogue", "в изучении опыта в
// рамках" is "in studying experience within the framework of" (not "learning from experience", an
// idiom for learning from one's own past, nor "the experience gained under", which adds a claim),
// and p4 says "policy" as the topic category `policy-and-security-issue` does.
import { describe, expect, it } from "vitest";
import { article } from "../../../src/index";
import { nodes } from "../../support/walk";

/** Every English string in the data: block texts and each `en` field. */
const english = nodes(article)
  .filter(({ path, value }) => typeof value === "string" && path.at(-1) === "en")
  .map(({ value }) => value as string);
const paragraphs = article.paragraphs.map((paragraph) => paragraph.en).join(" ");

describe("our English", () => {
  it("has none of the calques the review found", () => {
    const calques = [
      /Agreement was reached/,
      /raising them to the level/,
      /extend them to regional cooperation/,
      /experience gained/,
      /political and security issues/,
      /resolving policy/,
      /Regular meeting/,
      /\b3rd\b/,
      /common interest/,
      /cooperation in the field of security/,
      /\bupdated\b/,
      /countering/,
      /learning from (?:the )?experience/,
      /migration mechanism of the European Union/,
      /and also to/,
      /programmes of the European Union, BOMCA/,
      // Runs of our own phrasing that the publisher's English page shares word for word.
      /took place at the level of deputy foreign ministers/,
      /invited to the Dialogue meeting as a special guest/,
    ];
    for (const text of english) for (const calque of calques) expect(text).not.toMatch(calque);
  });

  it("uses the EU terms the review asked for", () => {
    for (const term of [
      "Latest meeting",
      "third meeting",
      "shared interest",
      "security cooperation",
      "renewed European Union regional programmes BOMCA and CADAP",
      "It was agreed to step up",
      "and to raise them to the level of regional cooperation between Afghanistan and Central Asia",
      "This Dialogue provided",
      "addressing policy and security issues relating to",
      "in studying experience within the framework of",
    ]) {
      expect(`${article.headline.en} ${paragraphs}`).toContain(term);
    }
    expect(article.event.ordinal).toBe(3);
  });

  it("uses the paragraphs' terms in the summaries", () => {
    // Each summary says what it says in its paragraph's words (compared case-insensitively,
    // since a summary starts with a capital).
    const terms: Record<string, string[]> = {
      "step-up-joint-efforts": [
        "step up the joint efforts of the European Union and the countries of Central Asia",
        "raise them to the level of regional cooperation between Afghanistan and Central Asia",
      ],
      "strengthen-border-and-drug-cooperation": [
        "further strengthen cooperation on border management",
        "the fight against drug trafficking",
        "the renewed European Union regional programmes BOMCA and CADAP",
      ],
      "deepen-migration-cooperation": [
        "deepen cooperation on migration",
        "more active participation by the countries of Central Asia",
        "in studying experience within the framework of",
        "the European Union's migration mechanism and the Prague Process",
      ],
    };
    const lower = paragraphs.toLowerCase();
    expect(Object.keys(terms)).toEqual(article.agreements.map((agreement) => agreement.id));
    for (const agreement of article.agreements) {
      for (const term of terms[agreement.id]!) {
        expect(agreement.summary.en.toLowerCase(), agreement.id).toContain(term.toLowerCase());
        expect(lower, agreement.id).toContain(term.toLowerCase());
      }
    }
  });

  it("writes the Russian summaries in the source's spelling and one aspect", () => {
    const source = [article.headline, ...article.paragraphs].map((block) => block.ru).join(" ");
    for (const { summary } of article.agreements) {
      if (!source.includes("ё")) expect(summary.ru).not.toContain("ё");
      // Infinitives read as perfective: Продолжить and Углубить are perfective, and the
      // biaspectual Активизировать reads as perfective beside them.
      expect(summary.ru.split(" ")[0]).toMatch(/^(?:Активизировать|Продолжить|Углубить)$/);
    }
  });

  it("has as many sentences in English as in Russian in every block", () => {
    for (const block of [article.headline, ...article.paragraphs]) {
      const count = (text: string) => text.split(/(?<=[.!?])\s+/).length;
      expect(count(block.en), block.id).toBe(count(block.ru));
    }
  });
});
