// A TypeScript consumer under moduleResolution bundler, type-checked against the packed package.
import { article, getParticipants, getTopics, toJsonLd, type TopicId } from "eu-central-asia-security-dialogue-2016";
import { safeParseArticle } from "eu-central-asia-security-dialogue-2016/schema";
import articleJson from "eu-central-asia-security-dialogue-2016/article.json";

export const location: "brussels" = article.event.locationId;
// @ts-expect-error the location has a literal type, so the types did resolve
export const wrongLocation: "paris" = article.event.locationId;
export const sides: readonly "side"[] = getParticipants({ role: "side" }).map((participant) => participant.role);
export const topics: readonly TopicId[] = getTopics().map((topic) => topic.id);
export const type: "NewsArticle" = toJsonLd()["@type"];
const result = safeParseArticle(articleJson);
export const ok: boolean = result.success;
