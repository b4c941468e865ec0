#!/usr/bin/env node
// Authoring aid: prints a mention (paragraph id, start, end, quote) for every
// occurrence of a quote in the source text, ready to paste into src/data/.
// Usage: node scripts/locate-quote.mjs "Туркменистана" ["another quote" ...]
import { readFileSync } from "node:fs";

const sourceUrl = new URL("../src/data/article.ru.txt", import.meta.url);
const blocks = readFileSync(sourceUrl, "utf8")
  .split(/\n\s*\n/)
  .map((text) => text.trim());
const ids = blocks.map((_, index) => (index === 0 ? "headline" : `p${index}`));

for (const quote of process.argv.slice(2)) {
  blocks.forEach((text, index) => {
    for (let start = text.indexOf(quote); start !== -1; start = text.indexOf(quote, start + 1)) {
      const end = start + quote.length;
      console.log(
        `{ paragraphId: "${ids[index] ?? "?"}", start: ${start}, end: ${end}, quote: ${JSON.stringify(quote)} },`,
      );
    }
  });
}
