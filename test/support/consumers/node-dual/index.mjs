// Loads the ESM and the CJS builds, both entries, into one process: nothing
// may throw (no duplicate schema ids, no shared mutable state) and the data
// must be equal.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import * as esm from "eu-central-asia-security-dialogue-2016";
import * as esmSchema from "eu-central-asia-security-dialogue-2016/schema";

const require = createRequire(import.meta.url);
const cjs = require("eu-central-asia-security-dialogue-2016");
const cjsSchema = require("eu-central-asia-security-dialogue-2016/schema");

assert.notEqual(esm.article, cjs.article, "two builds, two instances");
assert.deepEqual(esm.article, cjs.article);
assert.deepEqual(esm.getTopics(), cjs.getTopics());
assert.deepEqual(esmSchema.parseArticle(cjs.article), cjsSchema.parseArticle(esm.article));
assert.deepEqual(esm.toJsonLd(), cjs.toJsonLd());

console.log("node-dual consumer ok (ESM and CJS builds loaded in one process)");
