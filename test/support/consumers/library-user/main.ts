// A project that uses the dependent library: it type-checks against the library's emitted
// declarations, and the package's literal types come through them.
import {
  chairs,
  entityOf,
  firstTopic,
  participantsOf,
  topicLists,
  queries,
  turkmenistan,
} from "dialogue-digest";

const chairRole: "chair" | undefined = chairs[0]?.role;
const stateKind: "state" = turkmenistan.kind;
const unknownEntity: undefined = entityOf("nowhere");
const sideIds: readonly string[] = participantsOf({ role: "side" }).map((side) => side.id);
const topicCount: number = topicLists.reduce((sum, list) => sum + list.length, 0);
const topicId: string | undefined = firstTopic?.id;
const allTopics: number = queries.getTopics().length;
// @ts-expect-error: a chair is not a delegation, and the declarations still know it
const wrongRole: "delegation" | undefined = chairs[0]?.role;

export const used = [
  chairRole,
  stateKind,
  unknownEntity,
  sideIds,
  topicCount,
  topicId,
  allTopics,
  wrongRole,
];
