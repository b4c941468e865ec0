// The annotation and corpus formats written into dist/ at build time, through the package's
// exports: each file is exactly what the ./formats functions give for the shipped article.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { packageName } from "../../scripts/sizes.mjs";
import { article } from "../../src/index";
import { toBrat, toConll, toWebAnnotations } from "../../src/formats/index";
import { sourceText } from "../support/astral-article";

const require = createRequire(import.meta.url);
const read = (file: string) => readFileSync(require.resolve(`${packageName}/${file}`), "utf8");

describe("the annotation formats in dist/", () => {
  it("web-annotations.jsonld is toWebAnnotations(article, article.ru.txt)", () => {
    expect(read("article.ru.txt")).toBe(sourceText);
    expect(JSON.parse(read("web-annotations.jsonld"))).toEqual(
      toWebAnnotations(article, sourceText),
    );
  });

  it("brat/ holds every file of toBrat(article, article.ru.txt), as it gives them", () => {
    for (const [name, text] of Object.entries(toBrat(article, sourceText))) {
      expect(read(`brat/${name}`), name).toBe(text);
    }
  });

  it("conll/ holds toConll(article, language) for both languages", () => {
    for (const language of ["ru", "en"] as const) {
      expect(read(`conll/${language}.conll`), language).toBe(toConll(article, language));
    }
  });
});
