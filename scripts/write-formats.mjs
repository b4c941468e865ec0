// Runs after tsup and check-build: writes the plain formats into dist/ from
// the built package, so they come from the same single source of truth.
//   article.json         the article as plain JSON
//   article.schema.json  JSON Schema (draft 2020-12) generated from ArticleSchema
//   article.jsonld       the article as a schema.org NewsArticle in JSON-LD
import { writeFileSync } from "node:fs";
import * as z from "zod";
import { article, toJsonLd } from "../dist/index.js";
import { ArticleSchema } from "../dist/schema.js";

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
