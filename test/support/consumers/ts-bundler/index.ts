// A TypeScript consumer under moduleResolution bundler, type-checked against
// the packed package with several compilers.
import {
  article,
  getParticipants,
  getTopics,
  toJsonLd,
  type TopicId,
} from "eu-central-asia-security-dialogue-2016";
import {
  parseArticle,
  safeParseArticle,
  type Article,
} from "eu-central-asia-security-dialogue-2016/schema";
import articleJson from "eu-central-asia-security-dialogue-2016/article.json";

export const location: "brussels" = article.event.locationId;
// @ts-expect-error the location has a literal type, so the types did resolve
export const wrongLocation: "paris" = article.event.locationId;
export const sides: readonly "side"[] = getParticipants({ role: "side" }).map(
  (participant) => participant.role,
);
export const topics: readonly TopicId[] = getTopics().map((topic) => topic.id);
export const type: "NewsArticle" = toJsonLd()["@type"];
export const parsed: Article = parseArticle(articleJson);
const result = safeParseArticle(articleJson);
export const title: string | undefined = result.success ? result.data.headline.en : undefined;
