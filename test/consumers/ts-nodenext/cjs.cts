// A TypeScript CommonJS consumer under module nodenext, type-checked against the packed package.
import { article, getParticipants, getTopics } from "eu-central-asia-security-dialogue-2016";
import { parseArticle, type Article } from "eu-central-asia-security-dialogue-2016/schema";
import articleJson = require("eu-central-asia-security-dialogue-2016/article.json");

export const ordinal: 3 = article.event.ordinal;
// @ts-expect-error the ordinal has a literal type, so the types did resolve
export const wrongOrdinal: 4 = article.event.ordinal;
export const guest: "afghanistan" = getParticipants({ role: "special-guest" })[0]!.entityId;
// @ts-expect-error unknown category
getTopics({ category: "weather" });
export const parsed: Article = parseArticle(articleJson);
