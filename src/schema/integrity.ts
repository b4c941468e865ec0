import type * as z from "zod";
import { frameworkKinds, type EntityKind } from "../vocabulary";
import type { ArticleShape } from "./article";

type Path = (string | number)[];

interface MentionAt {
  mention: { paragraphId: string; start: number; end: number; quote: string };
  path: Path;
}

/**
 * The checks that span more than one field: unique ids, references that
 * resolve to the right kind of entity, and mentions whose quotes equal the
 * text at their offsets. Each problem is reported at the path of the field
 * that is wrong.
 */
export function checkIntegrity(article: ArticleShape, ctx: z.RefinementCtx): void {
  const report = (path: Path, message: string) => ctx.addIssue({ code: "custom", path, message });

  checkUniqueIds(article, report);
  checkMentions(article, report);
  checkReferences(article, report);

  if (article.source.datePublished === null && article.source.datePublishedNote === null) {
    report(["source", "datePublishedNote"], "a note is required when datePublished is null");
  }
}

type Report = (path: Path, message: string) => void;

function checkUniqueIds(article: ArticleShape, report: Report): void {
  const seen = new Set<string>();
  const claim = (id: string, path: Path) => {
    if (seen.has(id)) report([...path, "id"], `duplicate id "${id}"`);
    seen.add(id);
  };
  // Stryker disable next-line ArrayDeclaration,StringLiteral: equivalent: the headline is claimed first, so its own path is never reported
  claim(article.headline.id, ["headline"]);
  claim(article.event.id, ["event"]);
  const collections = ["paragraphs", "entities", "participants", "topics", "agreements"] as const;
  for (const key of collections) {
    article[key].forEach((item, index) => claim(item.id, [key, index]));
  }
}

function checkMentions(article: ArticleShape, report: Report): void {
  const texts = new Map(
    [article.headline, ...article.paragraphs].map((block) => [block.id, block.ru]),
  );
  for (const { mention, path } of allMentions(article)) {
    const text = texts.get(mention.paragraphId);
    if (text === undefined) {
      report([...path, "paragraphId"], `no headline or paragraph has id "${mention.paragraphId}"`);
    } else if (mention.end > text.length) {
      report(
        [...path, "end"],
        `end ${mention.end} is past the end of "${mention.paragraphId}" (length ${text.length})`,
      );
    } else if (text.slice(mention.start, mention.end) !== mention.quote) {
      report(
        [...path, "quote"],
        `quote does not equal the text at ${mention.start}–${mention.end} of "${mention.paragraphId}"`,
      );
    }
  }
}

function allMentions(article: ArticleShape): MentionAt[] {
  const found: MentionAt[] = [];
  for (const [fact, mentions] of Object.entries(article.event.evidence)) {
    mentions.forEach((mention, index) =>
      found.push({ mention, path: ["event", "evidence", fact, index] }),
    );
  }
  const collections = ["entities", "participants", "topics", "agreements"] as const;
  for (const key of collections) {
    article[key].forEach((item, itemIndex) =>
      item.mentions.forEach((mention, index) =>
        found.push({ mention, path: [key, itemIndex, "mentions", index] }),
      ),
    );
  }
  return found;
}

function checkReferences(article: ArticleShape, report: Report): void {
  const entityKind = new Map(article.entities.map((entity) => [entity.id, entity.kind]));
  const topicIds = new Set(article.topics.map((topic) => topic.id));

  const entity = (id: string, path: Path, kinds?: readonly EntityKind[]) => {
    const kind = entityKind.get(id);
    if (kind === undefined) report(path, `no entity has id "${id}"`);
    else if (kinds && !kinds.includes(kind))
      report(path, `entity "${id}" is a ${kind}, expected: ${kinds.join(", ")}`);
  };
  const noDuplicates = (values: readonly string[], path: Path) =>
    values.forEach((value, index) => {
      if (values.indexOf(value) !== index) report([...path, index], `duplicate value "${value}"`);
    });

  entity(article.event.seriesId, ["event", "seriesId"], ["dialogue"]);
  entity(article.event.locationId, ["event", "locationId"], ["city"]);
  entity(article.event.chairId, ["event", "chairId"], ["person"]);

  article.participants.forEach((participant, index) =>
    entity(participant.entityId, ["participants", index, "entityId"]),
  );
  article.topics.forEach((topic, index) =>
    noDuplicates(topic.categories, ["topics", index, "categories"]),
  );
  article.agreements.forEach((agreement, index) => {
    const at = (field: string): Path => ["agreements", index, field];
    agreement.topicIds.forEach((id, i) => {
      if (!topicIds.has(id)) report([...at("topicIds"), i], `no topic has id "${id}"`);
    });
    agreement.entityIds.forEach((id, i) => entity(id, [...at("entityIds"), i]));
    agreement.frameworkIds.forEach((id, i) =>
      entity(id, [...at("frameworkIds"), i], frameworkKinds),
    );
    noDuplicates(agreement.topicIds, at("topicIds"));
    noDuplicates(agreement.entityIds, at("entityIds"));
    noDuplicates(agreement.frameworkIds, at("frameworkIds"));
  });
}
