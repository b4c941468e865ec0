/**
 * The article's lists of items, named once for both entries: the main entry's argument checks
 * and the schema's cross-field checks read them from here.
 */

/** The lists of items that carry mentions, in the order the data holds them. */
export const mentionedCollections = /* @__PURE__ */ Object.freeze([
  "entities",
  "participants",
  "topics",
  "agreements",
  "relations",
] as const);

/** Every list of items with ids: the paragraphs, then the lists of {@link mentionedCollections}. */
export const collections = /* @__PURE__ */ Object.freeze([
  "paragraphs",
  ...mentionedCollections,
] as const);

/** The facts about the event that `event.evidence` grounds, in the order the data holds them. */
export const eventFacts = /* @__PURE__ */ Object.freeze([
  "name",
  "series",
  "ordinal",
  "date",
  "location",
  "level",
  "chair",
] as const);
