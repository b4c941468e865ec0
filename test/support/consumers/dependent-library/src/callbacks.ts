// The helpers passed around as values: as a callback, and detached from forArticle's result.
// typescript-eslint's unbound-method rule must have nothing to report here.
import { article, forArticle, type TopicFilter } from "eu-central-asia-security-dialogue-2016";

const filters: TopicFilter[] = [
  { category: "security-challenge" },
  { category: "cooperation-area" },
];

export const topicLists = filters.map(forArticle(article).getTopics);
export const entityOf = forArticle(article).getEntity;
export const participantsOf = forArticle(article).getParticipants;
