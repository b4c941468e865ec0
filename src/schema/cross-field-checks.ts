import type * as z from "zod";
import { frameworkKinds, relationArgumentKinds, type EntityKind } from "../vocabulary";
import type { Article, EnglishMention, Mention, Paragraph, Span } from "../article-types";
import { collections, eventFacts, mentionedCollections } from "../collections";
import { quote } from "../describe-value";
import { itemHolding } from "../lookup-tables";

type Path = (string | number)[];

/** One list of mentions (an item's `mentions`, or one evidence field) and where it stands. */
interface MentionList {
  mentions: readonly Mention[];
  path: Path;
}

/** A span of a list of mentions that quotes its block: which mention, in which block, and where. */
interface Located {
  index: number;
  paragraphId: string;
  span: Span;
  path: Path;
}

/**
 * The checks that span more than one field: unique ids, references that
 * resolve to the right kind of entity, mentions whose quotes equal the text
 * at their offsets and that do not overlap within one list, sentences that
 * cover their block, no relation stated twice, notes that must be there, and
 * the topic category rule. Each problem is reported at the path of the field
 * that is wrong. Every check is linear (or n log n) in the article's size,
 * and every value a message shows is cut short ({@link quote}).
 */
export function checkIntegrity(article: Article, ctx: z.RefinementCtx): void {
  const report = (path: Path, message: string) => ctx.addIssue({ code: "custom", path, message });

  checkUniqueIds(article, report);
  const aligned = checkSentences(article, report);
  checkMentions(article, aligned, report);
  checkReferences(article, report);
  checkRelationTriples(article, report);
  checkCategories(article, report);

  article.participants.forEach((participant, index) => {
    if (participant.attendance === "implied" && participant.attendanceNote === null) {
      report(
        ["participants", index, "attendanceNote"],
        "a note is required when attendance is implied",
      );
    }
  });

  if (article.source.datePublished === null && article.source.datePublishedNote === null) {
    report(["source", "datePublishedNote"], "a note is required when datePublished is null");
  }
}

type Report = (path: Path, message: string) => void;

function checkUniqueIds(article: Article, report: Report): void {
  const seen = new Set<string>();
  const claim = (id: string, path: Path) => {
    if (seen.has(id)) report([...path, "id"], `duplicate id ${quote(id)}`);
    seen.add(id);
  };
  // Stryker disable next-line ArrayDeclaration,StringLiteral: equivalent: the headline is claimed first, so its own path is never reported
  claim(article.headline.id, ["headline"]);
  claim(article.event.id, ["event"]);
  for (const key of collections) {
    article[key].forEach((item, index) => claim(item.id, [key, index]));
  }
  article.headline.sentences.forEach((sentence, index) =>
    claim(sentence.id, ["headline", "sentences", index]),
  );
  article.paragraphs.forEach((paragraph, p) =>
    paragraph.sentences.forEach((sentence, index) =>
      claim(sentence.id, ["paragraphs", p, "sentences", index]),
    ),
  );
}

/**
 * Every mention quotes its block at its offsets, in Russian and in English. In a block whose
 * sentences are `aligned` (well formed), the Russian span lies within one sentence and the English
 * span within the aligned English sentence; in another block, the sentence problems are reported
 * instead. Within one list of mentions, no two spans share a character, in Russian or in English.
 */
function checkMentions(article: Article, aligned: ReadonlySet<string>, report: Report): void {
  const blocks = new Map(
    [article.headline, ...article.paragraphs].map((block) => [block.id, block]),
  );
  for (const list of mentionLists(article)) {
    // Stryker disable next-line ArrayDeclaration: a stray element would sit alone under its own block key, and a lone span overlaps nothing
    const russian: Located[] = [];
    // Stryker disable next-line ArrayDeclaration: as above
    const english: Located[] = [];
    list.mentions.forEach((mention, index) => {
      const path = [...list.path, index];
      const block = blocks.get(mention.paragraphId);
      const { paragraphId } = mention;
      if (block === undefined) {
        report([...path, "paragraphId"], `no headline or paragraph has id ${quote(paragraphId)}`);
      } else if (mention.end > block.ru.length) {
        report(
          [...path, "end"],
          `end ${mention.end} is past the end of ${quote(paragraphId)} (length ${block.ru.length})`,
        );
      } else if (block.ru.slice(mention.start, mention.end) !== mention.quote) {
        report(
          [...path, "quote"],
          `quote does not equal the text at ${mention.start}–${mention.end} of ${quote(paragraphId)}`,
        );
      } else {
        russian.push({ index, paragraphId, span: mention, path });
        const en = checkEnglish(mention, block, aligned.has(block.id), path, report);
        if (en) english.push({ index, paragraphId, span: en, path: [...path, "en"] });
      }
    });
    checkOverlaps(russian, "", report);
    checkOverlaps(english, "the English of ", report);
  }
}

/**
 * A mention's English side quotes the block's English at its offsets; when the block's sentences
 * are `aligned`, it lies inside the English sentence aligned to the Russian sentence that holds
 * the Russian span. Returns the English side when it quotes the block's English.
 */
function checkEnglish(
  mention: Mention,
  block: Paragraph,
  aligned: boolean,
  path: Path,
  report: Report,
): EnglishMention | undefined {
  // Aligned sentences are in order and do not overlap, so a binary search finds the one.
  const sentence = aligned
    ? itemHolding(block.sentences, ({ ru }) => ru, mention.start, mention.end)
    : undefined;
  if (aligned && sentence === undefined) {
    report([...path, "end"], `the mention must lie within one sentence of ${quote(block.id)}`);
    return undefined;
  }
  const { en } = mention;
  if (en === null) return undefined;
  if (en.end > block.en.length) {
    report(
      [...path, "en", "end"],
      `end ${en.end} is past the end of the English of ${quote(block.id)} (length ${block.en.length})`,
    );
    return undefined;
  }
  if (block.en.slice(en.start, en.end) !== en.quote) {
    report(
      [...path, "en", "quote"],
      `quote does not equal the English text at ${en.start}–${en.end} of ${quote(block.id)}`,
    );
    return undefined;
  }
  if (sentence && (en.start < sentence.en.start || en.end > sentence.en.end)) {
    report(
      [...path, "en"],
      `the English span must lie inside the English of sentence ${quote(sentence.id)}, aligned to the Russian span's`,
    );
  }
  return en;
}

/**
 * Reports each span that shares a character with another of the same list in the same block, at
 * the span that comes later in the text (or in the list, for two spans that start together).
 * Sorting by start makes this n log n: a span overlaps an earlier one exactly when it starts
 * before the furthest end so far.
 *
 * @param side - how the message names the other span's side: `""` or `"the English of "`.
 */
function checkOverlaps(spans: readonly Located[], side: string, report: Report): void {
  const byBlock = new Map<string, Located[]>();
  for (const located of spans) {
    const list = byBlock.get(located.paragraphId) ?? [];
    list.push(located);
    byBlock.set(located.paragraphId, list);
  }
  for (const list of byBlock.values()) {
    // The sort is stable and the spans come in list order, so two that start together stay in it.
    list.sort((a, b) => a.span.start - b.span.start);
    let furthest: Located | undefined;
    for (const located of list) {
      if (furthest && located.span.start < furthest.span.end) {
        const { span, index, paragraphId } = furthest;
        report(
          [...located.path, "start"],
          `overlaps ${side}mention ${index} of the same list (${span.start}–${span.end} of ${quote(paragraphId)}); the spans of one list of mentions may not share a character`,
        );
      }
      if (!furthest || located.span.end > furthest.span.end) furthest = located;
    }
  }
}

/** Every list of mentions: the event's evidence, field by field, its mentions, each item's. */
function mentionLists(article: Article): MentionList[] {
  const lists: MentionList[] = eventFacts.map((fact) => ({
    mentions: article.event.evidence[fact],
    path: ["event", "evidence", fact],
  }));
  lists.push({ mentions: article.event.mentions, path: ["event", "mentions"] });
  for (const key of mentionedCollections) {
    article[key].forEach((item, index) =>
      lists.push({ mentions: item.mentions, path: [key, index, "mentions"] }),
    );
  }
  return lists;
}

function checkReferences(article: Article, report: Report): void {
  const entityKind = new Map(article.entities.map((entity) => [entity.id, entity.kind]));
  const topicIds = new Set(article.topics.map((topic) => topic.id));

  const entity = (id: string, path: Path, kinds?: readonly EntityKind[]) => {
    const kind = entityKind.get(id);
    if (kind === undefined) report(path, `no entity has id ${quote(id)}`);
    else if (kinds && !kinds.includes(kind))
      report(path, `entity ${quote(id)} is a ${kind}, expected: ${kinds.join(", ")}`);
  };
  const noDuplicates = (values: readonly string[], path: Path) => {
    const seen = new Set<string>();
    values.forEach((value, index) => {
      if (seen.has(value)) report([...path, index], `duplicate value ${quote(value)}`);
      seen.add(value);
    });
  };

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
      if (!topicIds.has(id)) report([...at("topicIds"), i], `no topic has id ${quote(id)}`);
    });
    agreement.entityIds.forEach((id, i) => entity(id, [...at("entityIds"), i]));
    agreement.frameworkIds.forEach((id, i) =>
      entity(id, [...at("frameworkIds"), i], frameworkKinds),
    );
    noDuplicates(agreement.topicIds, at("topicIds"));
    noDuplicates(agreement.entityIds, at("entityIds"));
    noDuplicates(agreement.frameworkIds, at("frameworkIds"));
  });
  article.relations.forEach((relation, index) => {
    const kinds = relationArgumentKinds[relation.predicate];
    entity(relation.subjectId, ["relations", index, "subjectId"], kinds.subject);
    entity(relation.objectId, ["relations", index, "objectId"], kinds.object);
    if (relation.subjectId === relation.objectId) {
      report(["relations", index, "objectId"], "a relation must link two different entities");
    }
  });
}

/** No relation states the same subject, predicate and object as an earlier one. */
function checkRelationTriples(article: Article, report: Report): void {
  const first = new Map<string, number>();
  article.relations.forEach(({ subjectId, predicate, objectId }, index) => {
    const triple = JSON.stringify([subjectId, predicate, objectId]);
    const earlier = first.get(triple);
    if (earlier === undefined) first.set(triple, index);
    else {
      report(
        ["relations", index],
        `states the same subject, predicate and object as relations[${earlier}]; list each relation once, with all its mentions`,
      );
    }
  });
}

/**
 * Each block's sentences are numbered `<block id>-s1`, `-s2`, … and, in each
 * language, cover the block from its first to its last character, in order,
 * with only whitespace between them and none at their edges. Returns the ids
 * of the blocks whose sentences are so.
 */
function checkSentences(article: Article, report: Report): Set<string> {
  const aligned = new Set<string>();
  const blocks: [Paragraph, Path][] = [
    [article.headline, ["headline"]],
    ...article.paragraphs.map((paragraph, index): [Paragraph, Path] => [
      paragraph,
      ["paragraphs", index],
    ]),
  ];
  for (const [block, blockPath] of blocks) {
    let problems = 0;
    const reportHere: Report = (path, message) => {
      // Stryker disable next-line UpdateOperator: only whether the count is 0 is read
      problems++;
      report(path, message);
    };
    block.sentences.forEach((sentence, index) => {
      const expected = `${block.id}-s${index + 1}`;
      if (sentence.id !== expected) {
        reportHere(
          [...blockPath, "sentences", index, "id"],
          `sentence id must be ${quote(expected)}`,
        );
      }
    });
    for (const language of ["ru", "en"] as const) {
      const text = block[language];
      let previousEnd = 0;
      block.sentences.forEach((sentence, index) => {
        const path = [...blockPath, "sentences", index, language];
        const { start, end } = sentence[language];
        const gap = text.slice(previousEnd, start);
        const span = text.slice(start, end);
        // A start before the previous end (an overlap) leaves an empty gap, refused too.
        if (index > 0 ? !/^\s+$/.test(gap) : start !== 0) {
          reportHere(
            [...path, "start"],
            `sentence must start after the previous one, separated only by whitespace`,
          );
        } else if (end > text.length || span !== span.trim()) {
          reportHere(
            [...path, "end"],
            `sentence must end inside the block, without outer whitespace`,
          );
        }
        // Never back: each character is then scanned at most once (the gaps and the spans after
        // them do not overlap), however the offsets go.
        previousEnd = Math.max(previousEnd, start, end);
      });
      if (previousEnd !== text.length) {
        reportHere(
          [...blockPath, "sentences", block.sentences.length - 1, language, "end"],
          `the last sentence must end at the end of the block's ${language} (length ${text.length})`,
        );
      }
    }
    if (problems === 0) aligned.add(block.id);
  }
  return aligned;
}

/** A topic is a `cooperation-area` exactly when at least one agreement covers it. */
function checkCategories(article: Article, report: Report): void {
  const covered = new Set(article.agreements.flatMap((agreement) => agreement.topicIds));
  article.topics.forEach((topic, index) => {
    if (topic.categories.includes("cooperation-area") !== covered.has(topic.id)) {
      report(
        ["topics", index, "categories"],
        covered.has(topic.id)
          ? `topic ${quote(topic.id)} is covered by an agreement, so it must be a cooperation-area`
          : `topic ${quote(topic.id)} is covered by no agreement, so it cannot be a cooperation-area`,
      );
    }
  });
}
