// A TypeScript ESM consumer under module nodenext, type-checked against the packed package.
import { article, getEntity, getParticipants, getTopics, type EntityId } from "eu-central-asia-security-dialogue-2016";
import { parseArticle, type Article } from "eu-central-asia-security-dialogue-2016/schema";
import articleJson from "eu-central-asia-security-dialogue-2016/article.json" with { type: "json" };

export const date: "2016-05-18" = article.event.date;
// @ts-expect-error the date has a literal type, so the types did resolve
export const wrongDate: "2017-01-01" = article.event.date;
export const chairTitle: "Deputy Secretary General of the European External Action Service" =
  getParticipants({ role: "chair" })[0]!.title.en;
// @ts-expect-error unknown role
getParticipants({ role: "host" });
export const cooperation: readonly string[] = getTopics({ category: "cooperation-area" }).map((topic) => topic.id);
export const kind: "state" = getEntity("turkmenistan").kind;
export const id: EntityId = "afghanistan";
export const parsed: Article = parseArticle(articleJson);
