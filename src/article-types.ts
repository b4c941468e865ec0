import type {
  AttendanceStatus,
  EntityKind,
  IdentifierScheme,
  ParticipantRole,
  RelationPredicate,
  TopicCategory,
} from "./vocabulary";

// The data's types as plain TypeScript: one interface per schema in
// src/schema/, deeply readonly because every value the package hands out is
// deeply frozen. They are the readable contract, and they import no zod, so a
// consumer of the main entry type-checks without it.
// test/source/article-types.test-d.ts checks that each equals the `z.output` of
// its schema, so the two cannot drift: a new field goes into both.

/** A valid article: the type of `article` widened to any ids, and what `parseArticle` returns. */
export interface Article {
  /** Stable id of the article. */
  readonly id: string;
  /** Language of the original text (BCP 47): always `"ru"`. */
  readonly language: "ru";
  /** Provenance of the English texts. */
  readonly translation: Translation;
  /** The headline, in both languages; its id is `"headline"`. */
  readonly headline: Paragraph;
  /** The body, paragraph by paragraph, in order; at least one. */
  readonly paragraphs: readonly Paragraph[];
  /** Provenance of the article. */
  readonly source: Source;
  /** The meeting the article reports. */
  readonly event: Event;
  /** Everything the article names. */
  readonly entities: readonly Entity[];
  /** Who took part, and in what role. */
  readonly participants: readonly Participant[];
  /** Concepts discussed, each listed once. */
  readonly topics: readonly Topic[];
  /** Agreements reached. */
  readonly agreements: readonly Agreement[];
  /** Relations between entities that the text states. */
  readonly relations: readonly Relation[];
}

/** Says that the English texts are the package authors' own translation. */
export interface Translation {
  /** Language of the translation: always `"en"`. */
  readonly language: "en";
  /** Who translated: always `"package-authors"`. */
  readonly origin: "package-authors";
  /** What the translation covers. */
  readonly note: string;
}

/** A text in Russian (original) and English (our translation). */
export interface LocalizedText {
  /** Russian: the original wording, or a nominative form of it. */
  readonly ru: string;
  /** English: the package authors' own translation. */
  readonly en: string;
}

/** The English side of a mention: where the same words stand in our English text of the block. */
export interface EnglishMention {
  /** Offset of the first quoted character in the block's `en` (UTF-16, inclusive). */
  readonly start: number;
  /** Offset just after the last quoted character (UTF-16, exclusive); greater than `start`. */
  readonly end: number;
  /** The exact substring of the block's `en` from `start` to `end`. */
  readonly quote: string;
}

/**
 * A place in the Russian text: block id, UTF-16 offsets (end exclusive) and the
 * exact quote, as a W3C Web Annotation TextPositionSelector plus the
 * TextQuoteSelector's `exact`; and the same words in our English.
 */
export interface Mention {
  /** Id of the text block quoted: `"headline"` or a paragraph id. */
  readonly paragraphId: string;
  /** Offset of the first quoted character in the block's `ru` (UTF-16, inclusive). */
  readonly start: number;
  /** Offset just after the last quoted character (UTF-16, exclusive); greater than `start`. */
  readonly end: number;
  /** The exact substring of the block's `ru` from `start` to `end`. */
  readonly quote: string;
  /**
   * The same words in our English text of the block, inside the English sentence aligned to the
   * Russian one; `null` when the English has no counterpart (`enNote` says why).
   */
  readonly en: EnglishMention | null;
  /** Why the English has no counterpart; required when `en` is `null`, else `null`. */
  readonly enNote: string | null;
}

/** The headline or a paragraph, in both languages. */
export interface Paragraph {
  /** Stable id of the block: `"headline"`, or `"p1"`, `"p2"`, … for paragraphs. */
  readonly id: string;
  /** The Russian original, trimmed of outer whitespace and otherwise exact. */
  readonly ru: string;
  /** The package authors' own English translation. */
  readonly en: string;
  /**
   * UTF-16 offset of the block's first character in the source text file, so that a mention's
   * `start` and `end` plus `sourceStart` locate its quote in the original file.
   */
  readonly sourceStart: number;
  /**
   * The block's sentences in order (the headline counts as one); in each language they cover the
   * whole block, separated only by whitespace. At least one.
   */
  readonly sentences: readonly Sentence[];
}

/** A span of a block's text in one language: UTF-16 offsets, start inclusive, end exclusive. */
export interface Span {
  /** Offset of the span's first character in the block's text (UTF-16, inclusive). */
  readonly start: number;
  /** Offset just after the span's last character (exclusive); greater than `start`. */
  readonly end: number;
}

/**
 * A sentence of a block, aligned one to one with its English translation; the spans do not
 * include the whitespace between sentences.
 */
export interface Sentence {
  /** Stable id: the block's id, `-s` and the sentence's number from 1, such as `"p1-s2"`. */
  readonly id: string;
  /** The sentence's span in the block's `ru` (the original). */
  readonly ru: Span;
  /** The aligned sentence's span in the block's `en` (our translation). */
  readonly en: Span;
}

/** Provenance of the article, and what is and is not known about it. */
export interface Source {
  /** URL of the Russian original. */
  readonly url: string;
  /** Who published the article. */
  readonly publisher: {
    /** The publisher's name. */
    readonly name: LocalizedText;
    /** The publisher's website. */
    readonly url: string;
    /** True when the publisher is inferred (here: from the website's domain), not stated. */
    readonly inferred: boolean;
    /** How the publisher was determined. */
    readonly note: string;
  };
  /** Publication date (YYYY-MM-DD), or `null` when the page shows none. */
  readonly datePublished: string | null;
  /** Why the publication date is what it is; required when it is `null`. */
  readonly datePublishedNote: string | null;
  /** SHA-256 (64 lowercase hex digits) of the source text file. */
  readonly sha256: string;
  /** What exactly the SHA-256 was computed over. */
  readonly sha256Note: string;
  /** URL of the publisher's own English version, or `null` if none is known. */
  readonly englishVersionUrl: string | null;
  /** How the publisher's English version relates to this package's English. */
  readonly englishVersionNote: string;
}

/** The meeting the article reports. */
export interface Event {
  /** Stable id of the meeting. */
  readonly id: string;
  /** Name of the meeting. */
  readonly name: LocalizedText;
  /** Id of the dialogue entity this meeting belongs to. */
  readonly seriesId: string;
  /** Which meeting of the series this is (a positive integer). */
  readonly ordinal: number;
  /** Date of the meeting (YYYY-MM-DD). */
  readonly date: string;
  /** Id of the city entity where the meeting took place. */
  readonly locationId: string;
  /** ISO 3166-1 alpha-2 code of the country of the location. */
  readonly countryCode: string;
  /** Where the country code comes from. */
  readonly countryCodeNote: string;
  /** At what level the meeting was held. */
  readonly level: LocalizedText;
  /** Id of the person entity who chaired the meeting. */
  readonly chairId: string;
  /** Every reference to the meeting itself ("заседание", "встреча"), with its dependents; at least one. */
  readonly mentions: readonly Mention[];
  /** Mentions grounding each fact about the meeting. */
  readonly evidence: EventEvidence;
}

/** The places in the text that state each of the event's facts; at least one each. */
export interface EventEvidence {
  /** Where the meeting is named. */
  readonly name: readonly Mention[];
  /** Where the series is named. */
  readonly series: readonly Mention[];
  /** Where the ordinal is stated. */
  readonly ordinal: readonly Mention[];
  /** Where the date is stated. */
  readonly date: readonly Mention[];
  /** Where the location is stated. */
  readonly location: readonly Mention[];
  /** Where the level is stated. */
  readonly level: readonly Mention[];
  /** Where the chair is stated. */
  readonly chair: readonly Mention[];
}

/**
 * A verified external identifier (Popolo's `{ scheme, identifier }`), checked
 * for its scheme's format: one member per {@link IdentifierScheme}.
 */
export type Identifier = IdentifierIn<IdentifierScheme>;

/** An identifier in each scheme of `Scheme`. */
type IdentifierIn<Scheme extends IdentifierScheme> = Scheme extends IdentifierScheme
  ? {
      /** The identifier scheme. */
      readonly scheme: Scheme;
      /** The identifier, in the scheme's format (such as `"TM"` or `"Q874"`). */
      readonly identifier: string;
    }
  : never;

/** Something the article names: a state, organization, person, region, group, city, dialogue, programme, process or mechanism. */
export interface Entity {
  /** Stable id, such as `"turkmenistan"`. */
  readonly id: string;
  /** What kind of thing this is. */
  readonly kind: EntityKind;
  /** Name in the nominative case (Russian) and in English. */
  readonly name: LocalizedText;
  /** External identifiers, only where verified; may be empty. */
  readonly identifiers: readonly Identifier[];
  /** Why the entity has no identifier (such as the text not naming it further); `null` when it has one. */
  readonly identifiersNote: string | null;
  /** Background that the article does not state (marked as such), with its source, or `null`. */
  readonly externalContext: string | null;
  /** Every occurrence in the text, inflected forms included; at least one. */
  readonly mentions: readonly Mention[];
}

/** A participant of the meeting, and its role, as the text says. */
export interface Participant {
  /** Stable id, such as `"helga-schmid-chair"`. */
  readonly id: string;
  /** Id of the entity that took part. */
  readonly entityId: string;
  /** The part played in the meeting. */
  readonly role: ParticipantRole;
  /** How the participant is named, in the nominative case. */
  readonly name: LocalizedText;
  /** Title as stated in the article (for a person), or `null`. */
  readonly title: LocalizedText | null;
  /**
   * `"stated"` when the text says the participant took part or chaired; `"implied"` when it only
   * implies attendance (for example, invited).
   */
  readonly attendance: AttendanceStatus;
  /** What the text does and does not say about attendance; required when `attendance` is `"implied"`, else `null`. */
  readonly attendanceNote: string | null;
  /** Where the text says this participant took part in this role; at least one. */
  readonly mentions: readonly Mention[];
}

/** A topic of the meeting: a concept the article discusses, listed once however often it appears. */
export interface Topic {
  /** Stable id, such as `"migration"`. */
  readonly id: string;
  /** The concept's label. */
  readonly label: LocalizedText;
  /** How the article frames the topic; at least one, no duplicates. */
  readonly categories: readonly TopicCategory[];
  /** Every place the concept is named; at least one. */
  readonly mentions: readonly Mention[];
}

/** An agreement reached at the meeting. */
export interface Agreement {
  /** Stable id, such as `"deepen-migration-cooperation"`. */
  readonly id: string;
  /** What was agreed, summarised by the package authors in both languages; the mentions quote the original. */
  readonly summary: LocalizedText;
  /** Ids of the topics the agreement concerns. */
  readonly topicIds: readonly string[];
  /**
   * Ids of the entities the agreed text names as acting or cooperating in what was agreed (not
   * who agreed: the text may not say), not those named only as a framework's owner or party;
   * empty when the wording names none.
   */
  readonly entityIds: readonly string[];
  /** What the text does and does not say about the entities the agreement's wording names (why one is or is not in `entityIds`, or why there are none); `null` when there is nothing to explain. */
  readonly entityIdsNote: string | null;
  /** Ids of the programmes, processes or mechanisms it works within. */
  readonly frameworkIds: readonly string[];
  /** Where the text states the agreement; at least one. */
  readonly mentions: readonly Mention[];
}

/** A relation between two entities that the text states, such as a person's post. */
export interface Relation {
  /** Stable id, such as `"helga-schmid-holds-post-in-eeas"`. */
  readonly id: string;
  /** Id of the entity the relation is about. */
  readonly subjectId: string;
  /**
   * How subject and object relate: `holds-post-in` (person, organization), `belongs-to`
   * (programme or mechanism, its owner), `has-party` (dialogue or process, a party to it).
   */
  readonly predicate: RelationPredicate;
  /** Id of the entity the subject is related to. */
  readonly objectId: string;
  /**
   * Where the text states the relation: the phrase that contains both entities' mentions and the
   * words linking them; at least one.
   */
  readonly mentions: readonly Mention[];
}
