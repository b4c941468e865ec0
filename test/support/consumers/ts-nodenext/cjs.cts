// A TypeScript CommonJS consumer under module nodenext: type-checked against
// the packed package with several compilers, then compiled and run.
import assert = require("node:assert/strict");
import { article, getParticipants, getTopics } from "eu-central-asia-security-dialogue-2016";
import { parseArticle, type Article } from "eu-central-asia-security-dialogue-2016/schema";
import articleJson = require("eu-central-asia-security-dialogue-2016/article.json");

const ordinal: 3 = article.event.ordinal;
// @ts-expect-error the ordinal has a literal type, so the types did resolve
const wrongOrdinal: 4 = article.event.ordinal;
const guest: "afghanistan" = getParticipants({ role: "special-guest" })[0]!.entityId;
// @ts-expect-error unknown category
assert.throws(() => getTopics({ category: "weather" }), TypeError);
const parsed: Article = parseArticle(articleJson);

assert.equal(ordinal, 3);
assert.equal(wrongOrdinal, 3);
assert.equal(guest, "afghanistan");
assert.deepEqual(parsed, article);
console.log("ts-nodenext cjs consumer ok");
