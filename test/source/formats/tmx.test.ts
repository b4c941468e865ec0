// The TMX translation memory (src/formats/tmx.ts), read back by a TMX reader someone else wrote:
// translate-toolkit's TMX store (Debian's, under Debian's Python), and checked well-formed by
// xmllint. Without them, the reader tests are skipped with a message, except under CI.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { article, getSentences, version } from "../../../src/index";
import { toTmx } from "../../../src/formats/tmx";
import {
  debianPython,
  run,
  skipWithout,
  tmxReader,
  tmxReadersMissing,
} from "../../support/corpus-readers";
import { draftOf } from "../../support/draft";
import packageJson from "../../../package.json" with { type: "json" };

/** A TMX file as translate-toolkit reads it (test/support/tmx-read.py). */
interface ReadTmx {
  toolkit: string;
  tmx: string;
  header: Record<string, string>;
  units: { id: string; source: string; target: string; texts: Record<string, string> }[];
}

const folder = mkdtempSync(join(tmpdir(), "tmx-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes a TMX text to a file, checks it with xmllint, and reads it with translate-toolkit. */
function readBack(tmx: string, name: string): ReadTmx {
  const file = join(folder, name);
  writeFileSync(file, tmx);
  run("xmllint", ["--noout", "--nonet", file]);
  return JSON.parse(run(debianPython, [tmxReader, file])) as ReadTmx;
}

describe.skipIf(skipWithout(tmxReadersMissing))("toTmx, read by translate-toolkit", () => {
  let read: ReadTmx;
  // In beforeEach, not beforeAll: Stryker credits a mutant only to the tests that run its code.
  beforeEach(() => {
    if (tmxReadersMissing) throw new Error(tmxReadersMissing);
    read = readBack(toTmx(article), "corpus.tmx");
  });

  it("has the TMX 1.4 header: this package and version, sentences, Russian source", () => {
    expect(read.tmx).toBe("1.4");
    expect(read.header).toEqual({
      creationtool: packageJson.name,
      creationtoolversion: version,
      segtype: "sentence",
      "o-tmf": "article.json",
      adminlang: "en",
      srclang: "ru",
      datatype: "plaintext",
    });
  });

  it("has one unit per aligned sentence: its id, the Russian as source, the English as target", () => {
    const { units } = read;
    const sentences = getSentences()!;
    expect(units).toHaveLength(sentences.length);
    expect(units).toEqual(
      sentences.map((sentence) => ({
        id: sentence.id,
        source: sentence.ru.text,
        target: sentence.en.text,
        texts: { ru: sentence.ru.text, en: sentence.en.text },
      })),
    );
  });

  it("escapes what XML must, so that the reader gets every character back", () => {
    const copy = draftOf(article);
    copy.headline.en = 'A & B <i>"quoted"</i> >\ttab\nline\r\nend';
    copy.headline.sentences[0].en = { start: 0, end: copy.headline.en.length };
    const [unit] = readBack(toTmx(copy as never), "escaped.tmx").units;
    expect(unit!.target).toBe(copy.headline.en);
  });
});

describe("toTmx", () => {
  it("is plain XML text, one unit a line, that ends with a line feed", () => {
    const lines = toTmx(article).split("\n");
    expect(lines[0]).toBe('<?xml version="1.0" encoding="UTF-8"?>');
    expect(lines.filter((line) => line.startsWith("<tu "))).toHaveLength(getSentences()!.length);
    expect(lines.at(-1)).toBe("");
  });

  it("refuses what is not an article, naming itself", () => {
    expect(() => toTmx(undefined as never)).toThrow(/^toTmx: article must be/);
  });

  it("refuses a character that XML 1.0 cannot carry, saying where it is", () => {
    const copy = draftOf(article);
    copy.paragraphs[0].ru = `\u0007${copy.paragraphs[0].ru.slice(1)}`;
    expect(() => toTmx(copy as never)).toThrow(
      new TypeError(
        "toTmx: sentence p1-s1 (ru) holds U+0007, which XML 1.0 (and so TMX) cannot carry",
      ),
    );
    const badId = draftOf(article);
    badId.headline.sentences[0].id = "headline-s1\u0001";
    expect(() => toTmx(badId as never)).toThrow(
      new TypeError("toTmx: a sentence id holds U+0001, which XML 1.0 (and so TMX) cannot carry"),
    );
    copy.paragraphs[0].ru = `\uD800${copy.paragraphs[0].ru.slice(1)}`;
    expect(() => toTmx(copy as never)).toThrow(/holds U\+D800/);
  });
});
