import * as z from "zod";
import {
  attendanceStatuses,
  entityKinds,
  identifierSchemes,
  participantRoles,
  relationPredicates,
  topicCategories,
  type IdentifierScheme,
} from "../vocabulary";
import { idString, identifierString, quoteString, textString, urlString } from "./string-rules";

/** Ids are lowercase kebab-case and part of the SemVer contract. */
export const IdSchema: z.ZodString = idString.describe(
  "A stable lowercase kebab-case id; ids are part of the SemVer contract.",
);

/**
 * Text with no leading or trailing whitespace, as every text field in the data is, well-formed,
 * without control or bidirectional formatting characters, at most 10,000 UTF-16 code units.
 */
export const TrimmedTextSchema: z.ZodString = textString.describe(
  "Non-empty text without leading or trailing whitespace, control characters, bidirectional formatting characters or lone surrogates; at most 10,000 UTF-16 code units.",
);

/** A text in Russian (the original language) and in English (our own translation). */
export const LocalizedTextSchema: z.ZodObject<
  { ru: z.ZodString; en: z.ZodString },
  z.core.$strict
> = z
  .strictObject({
    ru: TrimmedTextSchema.describe("Russian: the original wording, or a nominative form of it."),
    en: TrimmedTextSchema.describe("English: the package authors' own translation."),
  })
  .describe("A text in Russian and in the package authors' English translation.");

/**
 * The English side of a mention: where the same words stand in our English text of the block
 * (start inclusive, end exclusive, UTF-16 offsets into the block's `en`), with the exact quote.
 */
export const EnglishMentionSchema: z.ZodObject<
  { start: z.ZodInt; end: z.ZodInt; quote: z.ZodString },
  z.core.$strict
> = z
  .strictObject({
    start: z
      .int()
      .nonnegative()
      .describe("Offset of the first quoted character in the block's `en` (UTF-16, inclusive)."),
    end: z
      .int()
      .positive()
      .describe("Offset just after the last quoted character (UTF-16, exclusive)."),
    quote: quoteString.describe("The exact substring of the block's `en` from `start` to `end`."),
  })
  .refine((span) => span.end > span.start, {
    message: "end must be greater than start",
    path: ["end"],
  })
  .describe("Where a mention's words stand in our English text of the same block.");

/**
 * Where a fact stands in the text: a W3C Web Annotation TextPositionSelector
 * (start inclusive, end exclusive, UTF-16 offsets into the block's `ru`) plus
 * the exact quoted substring (a TextQuoteSelector's `exact`), and the same
 * words in our English.
 */
export const MentionSchema: z.ZodObject<
  {
    paragraphId: z.ZodString;
    start: z.ZodInt;
    end: z.ZodInt;
    quote: z.ZodString;
    en: z.ZodNullable<typeof EnglishMentionSchema>;
    enNote: z.ZodNullable<z.ZodString>;
  },
  z.core.$strict
> = z
  .strictObject({
    paragraphId: IdSchema.describe("Id of the text block quoted: `headline` or a paragraph id."),
    start: z
      .int()
      .nonnegative()
      .describe("Offset of the first quoted character in the block's `ru` (UTF-16, inclusive)."),
    end: z
      .int()
      .positive()
      .describe("Offset just after the last quoted character (UTF-16, exclusive)."),
    quote: quoteString.describe("The exact substring of the block's `ru` from `start` to `end`."),
    en: EnglishMentionSchema.nullable().describe(
      "The same words in our English text of the block, inside the English sentence aligned to the Russian one; null when the English has no counterpart (`enNote` says why).",
    ),
    enNote: TrimmedTextSchema.nullable().describe(
      "Why the English has no counterpart; required when `en` is null, else null.",
    ),
  })
  .refine((mention) => mention.end > mention.start, {
    message: "end must be greater than start",
    path: ["end"],
  })
  .refine((mention) => (mention.en === null) === (mention.enNote !== null), {
    message: "enNote must be given exactly when en is null",
    path: ["enNote"],
  })
  .describe(
    "A place in the Russian text that states a fact, with the exact quote, and the same words in our English.",
  );

// Stryker disable StringLiteral: equivalent: every use replaces this description with its own
const MentionsSchema: z.ZodArray<typeof MentionSchema> = z
  .array(MentionSchema)
  .min(1)
  .describe("Every place in the text that states this; at least one.");
// Stryker restore StringLiteral

/** A span of one language's text of a block: start inclusive, end exclusive, UTF-16 offsets. */
export const SpanSchema: z.ZodObject<{ start: z.ZodInt; end: z.ZodInt }, z.core.$strict> = z
  .strictObject({
    start: z
      .int()
      .nonnegative()
      .describe("Offset of the span's first character in the block's text (UTF-16, inclusive)."),
    end: z.int().positive().describe("Offset just after the span's last character (exclusive)."),
  })
  .refine((span) => span.end > span.start, {
    message: "end must be greater than start",
    path: ["end"],
  })
  .describe("A span of a block's text in one language.");

/** One sentence of a block, with its span in the Russian block and in the English block. */
export const SentenceSchema: z.ZodObject<
  { id: z.ZodString; ru: typeof SpanSchema; en: typeof SpanSchema },
  z.core.$strict
> = z
  .strictObject({
    id: IdSchema.describe(
      "Stable id: the block's id, `-s` and the sentence's number from 1, such as `p1-s2`.",
    ),
    ru: SpanSchema.describe("The sentence's span in the block's `ru` (the original)."),
    en: SpanSchema.describe("The aligned sentence's span in the block's `en` (our translation)."),
  })
  .describe(
    "A sentence of a block, aligned one to one with its English translation; the spans do not include the whitespace between sentences.",
  );

/** A block of text (the headline or a paragraph) in both languages. */
export const ParagraphSchema: z.ZodObject<
  {
    id: z.ZodString;
    ru: z.ZodString;
    en: z.ZodString;
    sourceStart: z.ZodInt;
    sentences: z.ZodArray<typeof SentenceSchema>;
  },
  z.core.$strict
> = z
  .strictObject({
    id: IdSchema.describe("Stable id of the block: `headline`, or `p1`, `p2`, … for paragraphs."),
    ru: TrimmedTextSchema.describe(
      "The Russian original, trimmed of outer whitespace and otherwise exact.",
    ),
    en: TrimmedTextSchema.describe("The package authors' own English translation."),
    sourceStart: z
      .int()
      .nonnegative()
      .describe(
        "UTF-16 offset of the block's first character in the source text file, so that a mention's `start` and `end` plus `sourceStart` locate its quote in the original file.",
      ),
    sentences: z
      .array(SentenceSchema)
      .min(1)
      .describe(
        "The block's sentences in order (the headline counts as one); in each language they cover the whole block, separated only by whitespace.",
      ),
  })
  .describe("A block of the article's text in Russian (original) and English (our translation).");

const HttpUrlSchema: z.ZodString = urlString.describe(
  "An absolute http(s) URL in ASCII (RFC 3986), without a user name or password; at most 2,048 characters.",
);

/** Where the article comes from, and what is and is not known about it. */
export const SourceSchema: z.ZodObject<
  {
    url: z.ZodString;
    publisher: z.ZodObject<
      {
        name: typeof LocalizedTextSchema;
        url: z.ZodString;
        inferred: z.ZodBoolean;
        note: z.ZodString;
      },
      z.core.$strict
    >;
    datePublished: z.ZodNullable<z.ZodISODate>;
    datePublishedNote: z.ZodNullable<z.ZodString>;
    sha256: z.ZodString;
    sha256Note: z.ZodString;
    englishVersionUrl: z.ZodNullable<z.ZodString>;
    englishVersionNote: z.ZodString;
  },
  z.core.$strict
> = z
  .strictObject({
    url: HttpUrlSchema.describe("URL of the Russian original."),
    publisher: z
      .strictObject({
        name: LocalizedTextSchema.describe("The publisher's name."),
        url: HttpUrlSchema.describe("The publisher's website."),
        inferred: z
          .boolean()
          .describe(
            "True when the publisher is inferred (here: from the website's domain), not stated.",
          ),
        note: TrimmedTextSchema.describe("How the publisher was determined."),
      })
      .describe("Who published the article."),
    datePublished: z.iso
      .date()
      .nullable()
      .describe("Publication date (YYYY-MM-DD), or null when the page shows none."),
    datePublishedNote: TrimmedTextSchema.nullable().describe(
      "Why the publication date is what it is; required when it is null.",
    ),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits")
      .describe("SHA-256 (hex) of the source text file."),
    sha256Note: TrimmedTextSchema.describe("What exactly the SHA-256 was computed over."),
    englishVersionUrl: HttpUrlSchema.nullable().describe(
      "URL of the publisher's own English version, or null if none is known.",
    ),
    englishVersionNote: TrimmedTextSchema.describe(
      "How the publisher's English version relates to this package's English.",
    ),
  })
  .describe("Provenance of the article.");

/** Says that English texts are the package authors' translation. */
export const TranslationSchema: z.ZodObject<
  { language: z.ZodLiteral<"en">; origin: z.ZodLiteral<"package-authors">; note: z.ZodString },
  z.core.$strict
> = z
  .strictObject({
    language: z.literal("en").describe("Language of the translation."),
    origin: z.literal("package-authors").describe("Who translated: the package authors."),
    note: TrimmedTextSchema.describe("What the translation covers."),
  })
  .describe("Provenance of the English texts.");

/** An identifier in an external scheme, checked for that scheme's format (Popolo's `{ scheme, identifier }`). */
export const IdentifierSchema: z.ZodDiscriminatedUnion<
  [
    z.ZodObject<
      { scheme: z.ZodLiteral<"iso-3166-1-alpha-2">; identifier: z.ZodString },
      z.core.$strict
    >,
    z.ZodObject<
      { scheme: z.ZodLiteral<"iso-3166-1-alpha-3">; identifier: z.ZodString },
      z.core.$strict
    >,
    z.ZodObject<
      { scheme: z.ZodLiteral<"iso-3166-1-numeric">; identifier: z.ZodString },
      z.core.$strict
    >,
    z.ZodObject<{ scheme: z.ZodLiteral<"un-m49">; identifier: z.ZodString }, z.core.$strict>,
    z.ZodObject<{ scheme: z.ZodLiteral<"wikidata">; identifier: z.ZodString }, z.core.$strict>,
  ],
  "scheme"
> = z
  .discriminatedUnion("scheme", [
    identifier("iso-3166-1-alpha-2", /^[A-Z]{2}$/, "ISO 3166-1 alpha-2 country code, such as TM."),
    identifier("iso-3166-1-alpha-3", /^[A-Z]{3}$/, "ISO 3166-1 alpha-3 country code, such as TKM."),
    identifier(
      "iso-3166-1-numeric",
      /^\d{3}$/,
      "ISO 3166-1 numeric country code, three digits, such as 004.",
    ),
    identifier("un-m49", /^\d{3}$/, "UN M49 area code, three digits, such as 143."),
    identifier("wikidata", /^Q[1-9]\d*$/, "Wikidata item id, such as Q874."),
  ])
  .describe(`A verified external identifier; scheme is one of: ${identifierSchemes.join(", ")}.`);

function identifier<Scheme extends IdentifierScheme>(
  scheme: Scheme,
  format: RegExp,
  description: string,
): z.ZodObject<{ scheme: z.ZodLiteral<Scheme>; identifier: z.ZodString }, z.core.$strict> {
  return z.strictObject({
    scheme: z.literal(scheme).describe("The identifier scheme."),
    identifier: identifierString(format).describe(description),
  });
}

/** Something the article names: a state, organization, person, region, group, city, dialogue, programme, process or mechanism. */
export const EntitySchema: z.ZodObject<
  {
    id: z.ZodString;
    kind: z.ZodEnum<{
      state: "state";
      organization: "organization";
      person: "person";
      region: "region";
      group: "group";
      city: "city";
      dialogue: "dialogue";
      programme: "programme";
      process: "process";
      mechanism: "mechanism";
    }>;
    name: typeof LocalizedTextSchema;
    identifiers: z.ZodArray<typeof IdentifierSchema>;
    identifiersNote: z.ZodNullable<z.ZodString>;
    externalContext: z.ZodNullable<z.ZodString>;
    mentions: z.ZodArray<typeof MentionSchema>;
  },
  z.core.$strict
> = z
  .strictObject({
    id: IdSchema,
    kind: z.enum(entityKinds).describe("What kind of thing this is."),
    name: LocalizedTextSchema.describe("Name in the nominative case (Russian) and in English."),
    identifiers: z
      .array(IdentifierSchema)
      .describe("External identifiers, only where verified; may be empty."),
    identifiersNote: TrimmedTextSchema.nullable().describe(
      "Why the entity has no identifier (such as the text not naming it further); null when it has one.",
    ),
    externalContext: TrimmedTextSchema.nullable().describe(
      "Background that the article does not state (marked as such), with its source, or null.",
    ),
    mentions: MentionsSchema.describe("Every occurrence in the text, inflected forms included."),
  })
  .describe("Something the article names.");

/** Who took part in the meeting, and in what role, as the text says. */
export const ParticipantSchema: z.ZodObject<
  {
    id: z.ZodString;
    entityId: z.ZodString;
    role: z.ZodEnum<{
      side: "side";
      delegation: "delegation";
      "special-guest": "special-guest";
      chair: "chair";
    }>;
    name: typeof LocalizedTextSchema;
    title: z.ZodNullable<typeof LocalizedTextSchema>;
    attendance: z.ZodEnum<{ stated: "stated"; implied: "implied" }>;
    attendanceNote: z.ZodNullable<z.ZodString>;
    mentions: z.ZodArray<typeof MentionSchema>;
  },
  z.core.$strict
> = z
  .strictObject({
    id: IdSchema,
    entityId: IdSchema.describe("Id of the entity that took part."),
    role: z.enum(participantRoles).describe("The part played in the meeting."),
    name: LocalizedTextSchema.describe("How the participant is named, in the nominative case."),
    title: LocalizedTextSchema.nullable().describe(
      "Title as stated in the article (for a person), or null.",
    ),
    attendance: z
      .enum(attendanceStatuses)
      .describe(
        "`stated` when the text says the participant took part or chaired; `implied` when it only implies attendance (for example, invited).",
      ),
    attendanceNote: TrimmedTextSchema.nullable().describe(
      "What the text does and does not say about attendance; required when `attendance` is `implied`, else null.",
    ),
    mentions: MentionsSchema.describe(
      "Where the text says this participant took part in this role.",
    ),
  })
  .describe("A participant of the meeting.");

/** A concept the article discusses, listed once however often it appears. */
export const TopicSchema: z.ZodObject<
  {
    id: z.ZodString;
    label: typeof LocalizedTextSchema;
    categories: z.ZodArray<
      z.ZodEnum<{
        "security-challenge": "security-challenge";
        "policy-and-security-issue": "policy-and-security-issue";
        "cooperation-area": "cooperation-area";
      }>
    >;
    mentions: z.ZodArray<typeof MentionSchema>;
  },
  z.core.$strict
> = z
  .strictObject({
    id: IdSchema,
    label: LocalizedTextSchema.describe("The concept's label."),
    categories: z
      .array(z.enum(topicCategories))
      .min(1)
      .describe(
        "How the article frames the topic, no duplicates: `security-challenge` (listed in paragraph 3), `policy-and-security-issue` (listed in paragraph 4), `cooperation-area` (exactly when an agreement covers it).",
      ),
    mentions: MentionsSchema.describe("Every place the concept is named."),
  })
  .describe("A topic of the meeting.");

/** An agreement the meeting reached. */
export const AgreementSchema: z.ZodObject<
  {
    id: z.ZodString;
    summary: typeof LocalizedTextSchema;
    topicIds: z.ZodArray<z.ZodString>;
    entityIds: z.ZodArray<z.ZodString>;
    entityIdsNote: z.ZodNullable<z.ZodString>;
    frameworkIds: z.ZodArray<z.ZodString>;
    mentions: z.ZodArray<typeof MentionSchema>;
  },
  z.core.$strict
> = z
  .strictObject({
    id: IdSchema,
    summary: LocalizedTextSchema.describe(
      "What was agreed, summarised by the package authors in both languages; the mentions quote the original.",
    ),
    topicIds: z.array(IdSchema).describe("Ids of the topics the agreement concerns."),
    entityIds: z
      .array(IdSchema)
      .describe(
        "Ids of the entities the agreed text names as acting or cooperating in what was agreed (not who agreed: the text may not say), not those named only as a framework's owner or party; empty when the wording names none.",
      ),
    entityIdsNote: TrimmedTextSchema.nullable().describe(
      "What the text does and does not say about the entities the agreement's wording names (why one is or is not in entityIds, or why there are none); null when there is nothing to explain.",
    ),
    frameworkIds: z
      .array(IdSchema)
      .describe("Ids of the programmes, processes or mechanisms it works within."),
    mentions: MentionsSchema.describe("Where the text states the agreement."),
  })
  .describe("An agreement reached at the meeting.");

/** The places in the text that state each of the event's facts. */
export const EventEvidenceSchema: z.ZodObject<
  {
    name: z.ZodArray<typeof MentionSchema>;
    series: z.ZodArray<typeof MentionSchema>;
    ordinal: z.ZodArray<typeof MentionSchema>;
    date: z.ZodArray<typeof MentionSchema>;
    location: z.ZodArray<typeof MentionSchema>;
    level: z.ZodArray<typeof MentionSchema>;
    chair: z.ZodArray<typeof MentionSchema>;
  },
  z.core.$strict
> = z
  .strictObject({
    name: MentionsSchema.describe("Where the meeting is named."),
    series: MentionsSchema.describe("Where the series is named."),
    ordinal: MentionsSchema.describe("Where the ordinal is stated."),
    date: MentionsSchema.describe("Where the date is stated."),
    location: MentionsSchema.describe("Where the location is stated."),
    level: MentionsSchema.describe("Where the level is stated."),
    chair: MentionsSchema.describe("Where the chair is stated."),
  })
  .describe("Mentions grounding each fact about the event.");

/** The meeting the article reports. */
export const EventSchema: z.ZodObject<
  {
    id: z.ZodString;
    name: typeof LocalizedTextSchema;
    seriesId: z.ZodString;
    ordinal: z.ZodInt;
    date: z.ZodISODate;
    locationId: z.ZodString;
    countryCode: z.ZodString;
    countryCodeNote: z.ZodString;
    level: typeof LocalizedTextSchema;
    chairId: z.ZodString;
    mentions: z.ZodArray<typeof MentionSchema>;
    evidence: typeof EventEvidenceSchema;
  },
  z.core.$strict
> = z
  .strictObject({
    id: IdSchema,
    name: LocalizedTextSchema.describe("Name of the meeting."),
    seriesId: IdSchema.describe("Id of the dialogue entity this meeting belongs to."),
    ordinal: z.int().positive().describe("Which meeting of the series this is."),
    date: z.iso.date().describe("Date of the meeting (YYYY-MM-DD)."),
    locationId: IdSchema.describe("Id of the city entity where the meeting took place."),
    countryCode: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .describe("ISO 3166-1 alpha-2 code of the country of the location."),
    countryCodeNote: TrimmedTextSchema.describe("Where the country code comes from."),
    level: LocalizedTextSchema.describe("At what level the meeting was held."),
    chairId: IdSchema.describe("Id of the person entity who chaired the meeting."),
    mentions: MentionsSchema.describe(
      'Every reference to the meeting itself ("заседание", "встреча"), with its dependents.',
    ),
    evidence: EventEvidenceSchema,
  })
  .describe("The meeting the article reports.");

/** A relation between two entities that the text states, such as a person's post. */
export const RelationSchema: z.ZodObject<
  {
    id: z.ZodString;
    subjectId: z.ZodString;
    predicate: z.ZodEnum<{
      "holds-post-in": "holds-post-in";
      "belongs-to": "belongs-to";
      "has-party": "has-party";
    }>;
    objectId: z.ZodString;
    mentions: z.ZodArray<typeof MentionSchema>;
  },
  z.core.$strict
> = z
  .strictObject({
    id: IdSchema,
    subjectId: IdSchema.describe("Id of the entity the relation is about."),
    predicate: z
      .enum(relationPredicates)
      .describe(
        "How subject and object relate: `holds-post-in` (person, organization), `belongs-to` (programme or mechanism, its owner), `has-party` (dialogue or process, a party to it).",
      ),
    objectId: IdSchema.describe("Id of the entity the subject is related to."),
    mentions: MentionsSchema.describe(
      "Where the text states the relation: the phrase that contains both entities' mentions and the words linking them.",
    ),
  })
  .describe("A relation between two entities, stated by the text.");
