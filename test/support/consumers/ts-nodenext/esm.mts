// A TypeScript ESM consumer under module nodenext: type-checked against the
// packed package with several compilers, then compiled and run.
import assert from "node:assert/strict";
import {
  article,
  getEntity,
  getParticipants,
  getTopics,
  type EntityId,
} from "eu-central-asia-security-dialogue-2016";
import { parseArticle, type Article } from "eu-central-asia-security-dialogue-2016/schema";
import articleJson from "eu-central-asia-security-dialogue-2016/article.json" with { type: "json" };

const date: "2016-05-18" = article.event.date;
// @ts-expect-error the date has a literal type, so the types did resolve
const wrongDate: "2017-01-01" = article.event.date;
const chairTitle: "Deputy Secretary General of the European External Action Service" =
  getParticipants({ role: "chair" })[0]!.title.en;
// @ts-expect-error unknown role
assert.throws(() => getParticipants({ role: "host" }), TypeError);
const cooperation: readonly string[] = getTopics({ category: "cooperation-area" }).map(
  (topic) => topic.id,
);
const kind: "state" = getEntity("turkmenistan").kind;
const id: EntityId = "afghanistan";
const parsed: Article = parseArticle(articleJson);

assert.equal(date, "2016-05-18");
assert.equal(wrongDate, "2016-05-18");
assert.equal(chairTitle, "Deputy Secretary General of the European External Action Service");
assert.deepEqual(cooperation, [
  "radicalisation",
  "foreign-fighters",
  "migration",
  "regional-stability-and-security",
  "drug-trafficking",
  "smuggling",
  "border-management",
]);
assert.equal(kind, "state");
assert.equal(getEntity(id)?.name.en, "Afghanistan");
assert.deepEqual(parsed, article);
console.log("ts-nodenext esm consumer ok");
