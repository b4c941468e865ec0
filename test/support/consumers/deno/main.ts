// A Deno consumer of the packed package (unpacked into node_modules): imports
// the main entry, ./schema and ./article.json, and checks real values. The test
// also runs `deno check` on this file, library declarations included.
import {
  article,
  getEntity,
  getParticipants,
  getTopics,
  version,
  type TopicId,
} from "eu-central-asia-security-dialogue-2016";
import {
  ArticleValidationError,
  parseArticle,
  type Article,
} from "eu-central-asia-security-dialogue-2016/schema";
import articleJson from "eu-central-asia-security-dialogue-2016/article.json" with { type: "json" };

/** Throws unless `condition` holds (no node: imports, so the check needs no Node types). */
function check(condition: unknown, what: string): asserts condition {
  if (!condition) throw new Error(`deno consumer: ${what}`);
}
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const location: "brussels" = article.event.locationId;
// @ts-expect-error the location has a literal type, so the package's types did resolve
const wrongLocation: "paris" = article.event.locationId;
const topics: readonly TopicId[] = getTopics({ category: "cooperation-area" }).map(
  (topic) => topic.id,
);

check(location === "brussels", "event location");
void wrongLocation;
check(
  same(topics, [
    "radicalisation",
    "foreign-fighters",
    "migration",
    "regional-stability-and-security",
    "drug-trafficking",
    "smuggling",
    "border-management",
  ]),
  "cooperation areas",
);
check(getParticipants({ role: "chair" })[0].entityId === "helga-schmid", "chair");
check(getEntity("turkmenistan")?.identifiers.at(-1)?.identifier === "Q874", "Wikidata id");
check(Object.isFrozen(article.entities[0].mentions[0]), "deeply frozen");
const parsed: Article = parseArticle(articleJson);
check(same(parsed, article), "parseArticle(article.json) equals article");
try {
  parseArticle({ ...articleJson, event: null });
  check(false, "parseArticle accepted an article without event");
} catch (error) {
  check(error instanceof ArticleValidationError, "parseArticle throws ArticleValidationError");
}

console.log(`deno consumer ok (Deno ${Deno.version.deno}, package ${version})`);
