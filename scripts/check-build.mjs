// Runs after tsup: the build fails loudly unless the built data satisfies
// the built ArticleSchema, and then leaves no dist/ behind to be used by mistake.
import { rmSync } from "node:fs";
import { article } from "../dist/index.js";
import { safeParseArticle } from "../dist/schema.js";

const result = safeParseArticle(article);
if (!result.success) {
  console.error(
    `check-build: the shipped data does not satisfy ArticleSchema.\n${result.error.message}`,
  );
  rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
  process.exit(1);
}
console.log(
  `check-build: dist/ data satisfies ArticleSchema (${article.entities.length} entities, ${article.topics.length} topics).`,
);
