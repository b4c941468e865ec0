// conll/ru.conll and conll/en.conll read by a reader someone else wrote: NLTK's
// ConllCorpusReader (Debian's python3-nltk, run by Debian's own Python) gives the same sentences
// and tokens as taggedText, and the same entity spans as the data's entity mentions, less the
// nested ones BIO cannot hold (the outermost name wins): 28 of 37 in each language.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { packageName } from "../../scripts/sizes.mjs";
import { article, type Article } from "../../src/index";
import { taggedText } from "../../src/formats/index";
import { debianPython, nltkMissing } from "../support/readers";

const missing = nltkMissing();
const skip = Boolean(missing && !process.env.CI);
if (skip) console.warn(`Skipping the NLTK test: ${missing}`);

const script = fileURLToPath(new URL("../support/read-conll.py", import.meta.url));
const require = createRequire(import.meta.url);

interface Entity {
  type: string;
  start: number;
  end: number;
}
interface SentenceRead {
  tokens: string[];
  entities: Entity[];
}

/** What NLTK reads in the shipped files of both languages (one run of Python). */
function readWithNltk(): Record<"ru" | "en", SentenceRead[]> {
  const files = ["ru", "en"].map((language) =>
    require.resolve(`${packageName}/conll/${language}.conll`),
  );
  const output = execFileSync(debianPython, [script, ...files], { encoding: "utf8" });
  const [ru, en] = JSON.parse(output) as [SentenceRead[], SentenceRead[]];
  return { ru, en };
}

/** Each sentence's entity spans (token indices, end exclusive), from the data's mentions. */
function entitiesFromData(language: "ru" | "en"): Entity[][] {
  const { sentences, dropped } = taggedText(article, language);
  const left = new Set(dropped.map((span) => `${span.paragraphId} ${span.start} ${span.end}`));
  return sentences.map((sentence) => {
    const first = new Map(sentence.tokens.map((token, index) => [token.start, index]));
    const last = new Map(sentence.tokens.map((token, index) => [token.end, index]));
    const data: Article = article;
    return data.entities.flatMap((entity) =>
      entity.mentions.flatMap((mention) => {
        const side = language === "ru" ? mention : mention.en;
        if (side === null || mention.paragraphId !== sentence.paragraphId) return [];
        if (left.has(`${mention.paragraphId} ${side.start} ${side.end}`)) return [];
        const start = first.get(side.start);
        const end = last.get(side.end);
        if (start === undefined || end === undefined) return [];
        return [{ type: entity.kind.toUpperCase(), start, end: end + 1 }];
      }),
    );
  });
}

const byStart = (a: Entity, b: Entity) => a.start - b.start;

describe.skipIf(skip)("the CoNLL files, read by NLTK's ConllCorpusReader", () => {
  let files: Record<"ru" | "en", SentenceRead[]>;
  beforeAll(() => {
    if (missing) throw new Error(missing);
    files = readWithNltk();
  }, 30_000);

  for (const language of ["ru", "en"] as const) {
    it(`reads ${language}.conll into the sentences, tokens and entity spans of the data`, () => {
      const read = files[language];
      const { sentences } = taggedText(article, language);
      expect(read.map((sentence) => sentence.tokens)).toEqual(
        sentences.map((sentence) => sentence.tokens.map((token) => token.text)),
      );
      const expected = entitiesFromData(language);
      expect(read.map((sentence) => [...sentence.entities].sort(byStart))).toEqual(
        expected.map((entities) => [...entities].sort(byStart)),
      );
      expect(read.flatMap((sentence) => sentence.entities)).toHaveLength(37 - 9);
    });
  }
});
