/**
 * The closed sets of values the data uses. They are plain frozen arrays so
 * that the main entry can check arguments without loading zod; the schemas
 * build their enums from the same arrays.
 */

/** Languages the text is available in: the Russian original and our English translation. */
export const languages = /* @__PURE__ */ Object.freeze(["ru", "en"] as const);

/** What kind of thing an entity is. */
export const entityKinds = /* @__PURE__ */ Object.freeze([
  "state",
  "organization",
  "person",
  "region",
  "group",
  "city",
  "dialogue",
  "programme",
  "process",
  "mechanism",
] as const);

/** Entity kinds that an agreement can name as the framework it works within. */
export const frameworkKinds = /* @__PURE__ */ Object.freeze([
  "programme",
  "process",
  "mechanism",
] as const);

/** The part a participant played in the meeting, as the article states it. */
export const participantRoles = /* @__PURE__ */ Object.freeze([
  "side",
  "delegation",
  "special-guest",
  "chair",
] as const);

/**
 * How the article frames a topic: a security challenge discussed (paragraph 3),
 * a political and security issue the Dialogue addressed (paragraph 4), or an
 * area of cooperation: a topic that at least one agreement covers (paragraph 3's
 * "во всех упомянутых областях" and paragraph 5).
 */
export const topicCategories = /* @__PURE__ */ Object.freeze([
  "security-challenge",
  "policy-and-security-issue",
  "cooperation-area",
] as const);

/** Whether the article states that a participant attended, or only implies it. */
export const attendanceStatuses = /* @__PURE__ */ Object.freeze(["stated", "implied"] as const);

/**
 * The closed set of relation predicates between two entities, each stated by
 * the text: a person `holds-post-in` an organization; a programme or mechanism
 * `belongs-to` an organization (a genitive such as "программ Европейского
 * Союза"); a dialogue or process `has-party` an entity ("между X и Y").
 */
export const relationPredicates = /* @__PURE__ */ Object.freeze([
  "holds-post-in",
  "belongs-to",
  "has-party",
] as const);

/**
 * The entity kinds each relation predicate takes as its subject and as its object (any kind when
 * `object` is absent). The schema checks relations against them; brat's `annotation.conf`
 * declares them.
 */
export const relationArgumentKinds: Readonly<
  Record<
    RelationPredicate,
    { readonly subject: readonly EntityKind[]; readonly object?: readonly EntityKind[] }
  >
> = /* @__PURE__ */ Object.freeze({
  "holds-post-in": { subject: ["person"], object: ["organization"] },
  "belongs-to": { subject: frameworkKinds, object: ["organization"] },
  "has-party": { subject: ["dialogue", "process"] },
});

/** Schemes of the external identifiers attached to entities. */
export const identifierSchemes = /* @__PURE__ */ Object.freeze([
  "iso-3166-1-alpha-2",
  "iso-3166-1-alpha-3",
  "iso-3166-1-numeric",
  "un-m49",
  "wikidata",
] as const);

/** A language code of the text: `"ru"` (original) or `"en"` (our translation). */
export type Language = (typeof languages)[number];
/** A kind of entity, such as `"state"` or `"person"`. */
export type EntityKind = (typeof entityKinds)[number];
/** An entity kind that can frame an agreement: `"programme"`, `"process"` or `"mechanism"`. */
export type FrameworkKind = (typeof frameworkKinds)[number];
/** A participant's role, such as `"chair"` or `"special-guest"`. */
export type ParticipantRole = (typeof participantRoles)[number];
/** A topic category, such as `"security-challenge"`. */
export type TopicCategory = (typeof topicCategories)[number];
/** An identifier scheme, such as `"wikidata"`. */
export type IdentifierScheme = (typeof identifierSchemes)[number];
/** Whether a participant's attendance is `"stated"` or only `"implied"` by the text. */
export type AttendanceStatus = (typeof attendanceStatuses)[number];
/** A relation predicate, such as `"holds-post-in"`. */
export type RelationPredicate = (typeof relationPredicates)[number];
