// A Node ESM consumer of the packed package: imports every entry and checks real values.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import {
  article,
  getParticipants,
  getTopics,
  toJsonLd,
  version,
} from "eu-central-asia-security-dialogue-2016";
import {
  ArticleValidationError,
  parseArticle,
} from "eu-central-asia-security-dialogue-2016/schema";
import articleJson from "eu-central-asia-security-dialogue-2016/article.json" with { type: "json" };
import jsonSchema from "eu-central-asia-security-dialogue-2016/article.schema.json" with { type: "json" };
import manifest from "eu-central-asia-security-dialogue-2016/package.json" with { type: "json" };

assert.equal(version, manifest.version);
assert.equal(article.event.date, "2016-05-18");
assert.ok(Object.isFrozen(article.entities[0].mentions[0]));
assert.deepEqual(
  getParticipants({ role: "chair" }).map((participant) => [
    participant.entityId,
    participant.title.en,
  ]),
  [["helga-schmid", "Deputy Secretary General of the European External Action Service"]],
);
assert.deepEqual(
  getTopics({ category: "cooperation-area" }).map((topic) => topic.label.ru),
  [
    "радикализация",
    "феномен иностранных боевиков",
    "миграция",
    "региональная стабильность и безопасность",
    "незаконный оборот наркотиков",
    "контрабанда",
    "управление границами",
  ],
);
assert.deepEqual(parseArticle(articleJson), article);
assert.throws(() => parseArticle({ ...articleJson, event: null }), ArticleValidationError);
assert.equal(jsonSchema.$schema, "https://json-schema.org/draft/2020-12/schema");

const jsonLdPath = new URL(
  import.meta.resolve("eu-central-asia-security-dialogue-2016/article.jsonld"),
);
assert.deepEqual(
  JSON.parse(await readFile(jsonLdPath, "utf8")),
  JSON.parse(JSON.stringify(toJsonLd())),
);

console.log(
  `node-esm consumer ok (${getParticipants().length} participants, ${getTopics().length} topics)`,
);
