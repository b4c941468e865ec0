// Display names of the categories, shared by the panels, the legend and the details.
import type { Category } from "./items";

/** Panel heading of each category. */
export const categoryNames: Record<Category, string> = {
  entity: "Entities",
  participant: "Participants",
  topic: "Topics",
  agreement: "Agreements",
  relation: "Relations",
  event: "Event",
};

/** What a mark of each category shows, for the legend. */
export const categoryDescriptions: Record<Category, string> = {
  entity: "an entity the text names (colour by kind)",
  participant: "a participant of the meeting",
  topic: "a topic discussed",
  agreement: "the words of an agreement",
  relation: "the words that state a relation",
  event: "evidence for the event (date, place, level, chair)",
};

/** Underline style of each category: the cue that does not depend on colour. */
export const categoryLines: Record<Category, string> = {
  entity: "solid underline",
  participant: "dashed underline",
  topic: "dotted underline",
  agreement: "double underline",
  relation: "dotted line above",
  event: "grey line above",
};
