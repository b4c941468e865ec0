// Runs after tsup and check-build: writes the plain formats into dist/ from
// the built package, so they come from the same single source of truth.
//   article.json         the article as plain JSON
//   article.schema.json  JSON Schema (draft 2020-12) generated from ArticleSchema
//   article.jsonld       the article as a schema.org NewsArticle in JSON-LD
//   article.ru.txt       the source text file, byte for byte (src/data/article.ru.txt)
//   article.en.txt       our English blocks in the same layout
//   corpus.tmx           the aligned sentences as a TMX 1.4b translation memory
//   tables/              the article as CSV tables with a Frictionless datapackage.json
//   corpus.jsonl         the aligned sentences, tokenized and BIO-tagged, one JSON object a line
//   corpus.schema.json   JSON Schema (draft 2020-12) of one line of corpus.jsonl
//   web-annotations.jsonld  every mention as a W3C Web Annotation, in both texts
//   brat/                the brat standoff collection: ru.txt, ru.ann, en.txt, en.ann, *.conf
//   conll/               ru.conll and en.conll, CoNLL-2003 with BIO tags of the entity mentions
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as z from "zod";
import { article, toJsonLd } from "../dist/index.js";
import { ArticleSchema } from "../dist/schema.js";
import {
  englishText,
  jsonlLineSchema,
  toBrat,
  toConll,
  toJsonl,
  toTables,
  toTmx,
  toWebAnnotations,
} from "../dist/formats.js";

/**
 * @param {string} name file name in dist/
 * @param {unknown} value
 * @param {number} [indent]
 */
const write = (name, value, indent) => {
  const path = new URL(`../dist/${name}`, import.meta.url);
  writeFileSync(path, `${JSON.stringify(value, null, indent)}\n`);
  console.log(`write-formats: dist/${name}`);
};

const jsonSchema = {
  ...z.toJSONSchema(ArticleSchema, { target: "draft-2020-12" }),
  title: "Article",
};

write("article.json", article);
write("article.schema.json", jsonSchema, 2);
write("article.jsonld", toJsonLd(), 2);

/**
 * @param {string} name file name in dist/, in a folder that may not exist yet
 * @param {string} text
 */
const writeText = (name, text) => {
  const path = new URL(`../dist/${name}`, import.meta.url);
  mkdirSync(new URL(".", path), { recursive: true });
  writeFileSync(path, text);
  console.log(`write-formats: dist/${name}`);
};

copyFileSync(
  new URL("../src/data/article.ru.txt", import.meta.url),
  new URL("../dist/article.ru.txt", import.meta.url),
);
console.log("write-formats: dist/article.ru.txt");
writeText("article.en.txt", englishText(article));
writeText("corpus.tmx", toTmx(article));
for (const [name, content] of Object.entries(toTables(article)))
  writeText(`tables/${name}`, content);
writeText("corpus.jsonl", toJsonl(article));
write("corpus.schema.json", jsonlLineSchema);

const sourceText = readFileSync(new URL("../src/data/article.ru.txt", import.meta.url), "utf8");
write("web-annotations.jsonld", toWebAnnotations(article, sourceText), 2);
for (const [name, text] of Object.entries(toBrat(article, sourceText))) {
  writeText(`brat/${name}`, text);
}
for (const language of /** @type {const} */ (["ru", "en"])) {
  writeText(`conll/${language}.conll`, toConll(article, language));
}
