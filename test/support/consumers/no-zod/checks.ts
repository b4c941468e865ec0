// Type checks of the main entry in a project with no zod installed, shared by
// every compiler setting tested (nodenext, bundler, node10). Every line marked
// as an expected error must be one, or the check fails: the types are real
// (readonly, literal ids, narrowing), not `any`. Never run.
import {
  article,
  forArticle,
  getEntity,
  getParticipants,
  getTopics,
  type Article,
  type EntityId,
  type Participant,
  type ShippedArticle,
} from "eu-central-asia-security-dialogue-2016";

export const date: "2016-05-18" = article.event.date;
export const kind: "state" = getEntity("turkmenistan").kind;
export const chairTitle: "Deputy Secretary General of the European External Action Service" =
  getParticipants({ role: "chair" })[0]!.title.en;
export const afghanistan: EntityId = "afghanistan";
export const shipped: Article = article satisfies ShippedArticle;

export function typeChecks(other: Article): void {
  // @ts-expect-error the date is a literal type, not any string
  const wrongDate: "2017-01-01" = article.event.date;
  // @ts-expect-error the article is readonly
  article.event.date = "2016-05-19";
  // @ts-expect-error its arrays are readonly
  article.topics[0].categories.push("cooperation-area");
  // @ts-expect-error ids are literal: no entity "kazakhstan", so getEntity gives undefined
  getEntity("kazakhstan").kind;
  // @ts-expect-error EntityId is a union of the shipped ids
  const unknownId: EntityId = "kazakhstan";
  // @ts-expect-error unknown role
  getParticipants({ role: "host" });
  // @ts-expect-error unknown filter key
  getTopics({ kind: "state" });
  // @ts-expect-error Participant is a real type: an id is a string
  const participant: Participant = { ...other.participants[0]!, id: 1 };
  // On a general article the role narrows, and a title may be null.
  const chair = forArticle(other).getParticipants({ role: "chair" })[0]!;
  const role: "chair" = chair.role;
  // @ts-expect-error the title may be null
  const title: string = chair.title.en;
  return void [wrongDate, unknownId, participant, role, title];
}
