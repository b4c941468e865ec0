// A Bun consumer of the packed package: imports the main entry, ./schema and
// ./article.json, and checks real values.
import assert from "node:assert/strict";
import {
  article,
  getEntity,
  getParticipants,
  getTopics,
  version,
} from "eu-central-asia-security-dialogue-2016";
import {
  ArticleValidationError,
  parseArticle,
} from "eu-central-asia-security-dialogue-2016/schema";
import articleJson from "eu-central-asia-security-dialogue-2016/article.json" with { type: "json" };

assert.equal(article.event.locationId, "brussels");
assert.deepEqual(
  getTopics({ category: "cooperation-area" }).map((topic) => topic.id),
  [
    "radicalisation",
    "foreign-fighters",
    "migration",
    "regional-stability-and-security",
    "drug-trafficking",
    "smuggling",
    "border-management",
  ],
);
assert.equal(getParticipants({ role: "chair" })[0].entityId, "helga-schmid");
assert.equal(getEntity("turkmenistan")?.identifiers.at(-1)?.identifier, "Q874");
assert.ok(Object.isFrozen(article.entities[0].mentions[0]));
assert.deepEqual(parseArticle(articleJson), article);
assert.throws(() => parseArticle({ ...articleJson, event: null }), ArticleValidationError);

console.log(`bun consumer ok (Bun ${Bun.version}, package ${version})`);
