// A Node CommonJS consumer of the packed package: requires every entry and checks real values.
const assert = require("node:assert/strict");
const { readFileSync } = require("node:fs");
const {
  article,
  getParticipants,
  getTopics,
  toJsonLd,
  version,
} = require("eu-central-asia-security-dialogue-2016");
const {
  ArticleValidationError,
  parseArticle,
} = require("eu-central-asia-security-dialogue-2016/schema");
const articleJson = require("eu-central-asia-security-dialogue-2016/article.json");
const jsonSchema = require("eu-central-asia-security-dialogue-2016/article.schema.json");
const manifest = require("eu-central-asia-security-dialogue-2016/package.json");

assert.equal(version, manifest.version);
assert.equal(article.event.ordinal, 3);
assert.ok(Object.isFrozen(article.topics));
assert.deepEqual(
  getParticipants({ role: "special-guest" }).map((participant) => participant.name.en),
  ["delegation of Afghanistan"],
);
assert.deepEqual(
  getTopics({ category: "policy-and-security-issue" }).map((topic) => topic.id),
  ["international-terrorism", "extremism", "cbrn-threats"],
);
assert.deepEqual(parseArticle(articleJson), article);
assert.throws(() => parseArticle([]), ArticleValidationError);
assert.equal(jsonSchema.title, "Article");

const jsonLdPath = require.resolve("eu-central-asia-security-dialogue-2016/article.jsonld");
assert.deepEqual(
  JSON.parse(readFileSync(jsonLdPath, "utf8")),
  JSON.parse(JSON.stringify(toJsonLd())),
);

console.log(
  `node-cjs consumer ok (${getParticipants().length} participants, ${getTopics().length} topics)`,
);
