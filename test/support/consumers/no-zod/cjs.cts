// A CommonJS consumer of the main entry with no zod installed: type-checked
// with several compilers, then compiled and run.
import { article, getAgreements, getTopics } from "eu-central-asia-security-dialogue-2016";

declare const console: { log(message: string): void };
const check = (condition: boolean, what: string) => {
  if (!condition) throw new Error(`no-zod cjs consumer: ${what}`);
};

check(article.event.ordinal === 3, "article.event.ordinal");
check(Object.isFrozen(article.topics), "the article is frozen");
check(getTopics({ category: "cooperation-area" }).length === 7, "getTopics");
check(getAgreements({ topicId: "migration" }).length > 0, "getAgreements");
console.log("no-zod cjs consumer ok");
