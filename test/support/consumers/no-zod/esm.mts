// An ESM consumer of the main entry with no zod installed: type-checked with
// several compilers, then compiled and run.
import {
  article,
  getEntity,
  getParticipants,
  getText,
  version,
} from "eu-central-asia-security-dialogue-2016";

declare const console: { log(message: string): void };
const check = (condition: boolean, what: string) => {
  if (!condition) throw new Error(`no-zod esm consumer: ${what}`);
};

check(article.event.date === "2016-05-18", "article.event.date");
check(Object.isFrozen(article.entities[0]!.mentions), "the article is frozen");
check(getParticipants({ role: "chair" })[0]!.entityId === "helga-schmid", "the chair");
check(getEntity("turkmenistan").kind === "state", "getEntity");
check(getText("ru").startsWith("В Брюсселе"), "getText");
check(/^\d+\.\d+\.\d+/.test(version), "version");
console.log("no-zod esm consumer ok");
