// A library that depends on the package and exports values built with its helpers, without
// writing their types: the declarations TypeScript emits for them must name the package's
// types through the package's own name (no TS2742, no path into its dist/ folder).
import {
  article,
  forArticle,
  getEntity,
  getParticipants,
  toJsonLd,
  type Article,
} from "eu-central-asia-security-dialogue-2016";

export const queries = forArticle(article);
export const chairs = getParticipants({ role: "chair" });
export const turkmenistan = getEntity("turkmenistan");
export const firstTopic = queries.getTopics()[0];
export const headline = article.headline;
export const jsonLd = toJsonLd(article);
export const topicsOf = (source: Article) => forArticle(source).getTopics;
export { topicLists, entityOf, participantsOf } from "./callbacks.js";
