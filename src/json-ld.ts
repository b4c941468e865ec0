import { article as shippedArticle } from "./shipped-article";
import { checkArticle } from "./argument-checks";
import { deepFreeze } from "./deep-freeze";
import { byId } from "./lookup-tables";
import type { Article, Entity, LocalizedText, Participant } from "./article-types";
import type { EntityKind, Language } from "./vocabulary";

/** A JSON value. */
export type JsonValue =
  string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** A schema.org `NewsArticle` as a JSON-LD document. */
export interface NewsArticleJsonLd {
  /** The vocabulary: schema.org. */
  readonly "@context": "https://schema.org";
  /** The document's type. */
  readonly "@type": "NewsArticle";
  /** The article's schema.org properties, such as `headline` and `mentions`. */
  readonly [property: string]: JsonValue;
}

type Node = { [property: string]: JsonValue };

/** The schema.org type that fits each entity kind best; `Thing` where none fits. */
const schemaOrgTypes: Record<EntityKind, string> = {
  state: "Country",
  organization: "Organization",
  person: "Person",
  region: "Place",
  group: "Thing",
  city: "City",
  dialogue: "EventSeries",
  programme: "Thing",
  process: "Thing",
  mechanism: "Thing",
};

/** A text as JSON-LD language-tagged values, Russian first. */
function tagged(text: LocalizedText): JsonValue {
  return [
    { "@value": text.ru, "@language": "ru" },
    { "@value": text.en, "@language": "en" },
  ];
}

/** The organizations each person `holds-post-in`, by the person's id, in the order of the relations. */
type Employers = ReadonlyMap<string, readonly Entity[]>;

/** The {@link Employers} of an article, in one pass over its relations. */
function employersOf(article: Article, entities: ReadonlyMap<string, Entity>): Employers {
  const employers = new Map<string, Entity[]>();
  for (const relation of article.relations) {
    const employer = entities.get(relation.objectId);
    if (relation.predicate !== "holds-post-in" || employer === undefined) continue;
    const list = employers.get(relation.subjectId);
    if (list === undefined) employers.set(relation.subjectId, [employer]);
    else list.push(employer);
  }
  return employers;
}

/**
 * An entity as a schema.org node. A person who `holds-post-in` an
 * organization gets `worksFor` it (schema.org has no property for the other
 * predicates that would not claim more than the text says).
 */
function entityNode(entity: Entity, employers: Employers): Node {
  const node: Node = { "@type": schemaOrgTypes[entity.kind], name: tagged(entity.name) };
  const worksFor = employers.get(entity.id);
  if (worksFor !== undefined) {
    node.worksFor = worksFor.map((employer) => ({
      "@type": schemaOrgTypes[employer.kind],
      name: tagged(employer.name),
    }));
  }
  if (entity.identifiers.length > 0) {
    node.identifier = entity.identifiers.map((id) => ({
      "@type": "PropertyValue",
      propertyID: id.scheme,
      value: id.identifier,
    }));
    const sameAs = entity.identifiers
      .filter((id) => id.scheme === "wikidata")
      .map((id) => `https://www.wikidata.org/wiki/${id.identifier}`);
    if (sameAs.length > 0) node.sameAs = sameAs;
  }
  return node;
}

/**
 * A participant as a schema.org `Role` (the Role pattern) wrapping the
 * participant's entity in `property`: `attendee` for a stated attendance,
 * `mentions` for an implied one, whose `attendanceNote` becomes the Role's
 * `description`.
 */
function participantRole(
  participant: Participant,
  entity: Entity,
  employers: Employers,
  property: "attendee" | "mentions",
): Node {
  const node = entityNode(entity, employers);
  if (participant.title !== null) node.jobTitle = tagged(participant.title);
  const role: Node = {
    "@type": "Role",
    roleName: participant.role,
    name: tagged(participant.name),
  };
  if (participant.attendanceNote !== null) role.description = participant.attendanceNote;
  role[property] = node;
  return role;
}

/**
 * The article as a schema.org `NewsArticle` in JSON-LD, built only from the
 * article's data: headline, language, URL, publisher, body, translations,
 * the entities it mentions, and `about` the `Event` with its date, location,
 * attendees (with their roles) and series. Only participants whose attendance
 * is `stated` are attendees; those whose attendance is only `implied` are
 * listed among the article's `mentions`, each as a `Role` whose `description`
 * is its `attendanceNote`. Unknown values (the publication date) are left
 * out, and so is `organizer`, which the article does not state. The result
 * is deeply frozen.
 *
 * @param article - any valid article; the shipped one by default.
 */
export function toJsonLd(article: Article = shippedArticle): NewsArticleJsonLd {
  checkArticle("toJsonLd", article);
  const entities = byId(article.entities);
  const employers = employersOf(article, entities);
  const entity = (id: string) =>
    // type-coverage:ignore-next-line -- a valid article's references resolve (ArticleSchema).
    entities.get(id) as Entity;
  const { source, event } = article;
  const blocks = (language: Language) =>
    article.paragraphs.map((paragraph) => paragraph[language]).join("\n\n");
  const publisher = {
    "@type": "Organization",
    name: tagged(source.publisher.name),
    url: source.publisher.url,
  };
  const location = entity(event.locationId);

  const translations: Node[] = [];
  if (source.englishVersionUrl !== null) {
    translations.push({
      "@type": "NewsArticle",
      inLanguage: "en",
      url: source.englishVersionUrl,
      publisher,
      description: source.englishVersionNote,
    });
  }
  translations.push({
    "@type": "NewsArticle",
    inLanguage: article.translation.language,
    headline: article.headline.en,
    articleBody: blocks("en"),
    description: article.translation.note,
  });

  const document: NewsArticleJsonLd = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    identifier: article.id,
    url: source.url,
    headline: article.headline.ru,
    inLanguage: article.language,
    articleBody: blocks("ru"),
    publisher,
    workTranslation: translations,
    about: {
      "@type": "Event",
      name: tagged(event.name),
      startDate: event.date,
      location: {
        "@type": "Place",
        name: tagged(location.name),
        address: { "@type": "PostalAddress", addressCountry: event.countryCode },
      },
      attendee: article.participants
        .filter((participant) => participant.attendance === "stated")
        .map((participant) =>
          participantRole(participant, entity(participant.entityId), employers, "attendee"),
        ),
      superEvent: { "@type": "EventSeries", name: tagged(entity(event.seriesId).name) },
    },
    mentions: [
      ...article.entities.map((item) => entityNode(item, employers)),
      ...article.participants
        .filter((participant) => participant.attendance === "implied")
        .map((participant) =>
          participantRole(participant, entity(participant.entityId), employers, "mentions"),
        ),
    ],
  };
  deepFreeze<unknown>(document); // typed as unknown: NewsArticleJsonLd is already readonly all the way down
  return document;
}
