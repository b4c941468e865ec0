// The article as a brat standoff collection (src/formats/brat.ts), read back by a strict reader of
// the published format (test/support/brat-standoff.ts) and matched one to one with the data: a T
// per mention, its attributes, identifiers and notes, an R per relation mention, and a
// configuration that declares everything the .ann files use.
import { describe, expect, it } from "vitest";
import { article, type Article, type Mention } from "../../../src/index";
import { eventFacts } from "../../../src/collections";
import { toBrat } from "../../../src/formats/brat";
import { englishText } from "../../../src/formats/plain-text";
import { astralArticle, sourceText } from "../../support/astral-article";
import { parseAnnotationConf, parseStandoff, type Standoff } from "../../support/brat-standoff";
import { defined, untyped } from "../../support/defined";
import { asArticle, draftOf } from "../../support/draft";

// Computed inside each test, never at module scope: Stryker credits a mutant only to the tests that
// run its code (CONTRIBUTING.md, Mutation testing).
const files = () => toBrat(article, sourceText);
/** The article as any article: the expectations below read it as the writer does. */
const data: Article = article;
const texts = () => ({ ru: sourceText, en: englishText(article) });
const languages = ["ru", "en"] as const;
const standoffs = () => {
  const written = files();
  return {
    ru: parseStandoff(written["ru.ann"], written["ru.txt"]),
    en: parseStandoff(written["en.ann"], written["en.txt"]),
  };
};
const conf = () => parseAnnotationConf(files()["annotation.conf"]);
const loose = untyped(toBrat);
/** The T line `id` of a parsed .ann file. */
const textBoundOf = (standoff: Standoff, id: string) => defined(standoff.textBound.get(id), id);

type Language = (typeof languages)[number];
const capital = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);
const blocks = [article.headline, ...article.paragraphs];

/** Where a mention stands in a language's text, in code points, and its quote; null if none. */
function place(mention: Mention, language: Language) {
  const block = defined(blocks.find((candidate) => candidate.id === mention.paragraphId));
  const side = language === "ru" ? mention : mention.en;
  if (side === null) return null;
  const blockStart =
    language === "ru"
      ? block.sourceStart
      : blocks.slice(0, blocks.indexOf(block)).reduce((sum, b) => sum + b.en.length + 2, 0);
  const codePoints = (offset: number) => Array.from(texts()[language].slice(0, offset)).length;
  return {
    start: codePoints(blockStart + side.start),
    end: codePoints(blockStart + side.end),
    quote: side.quote,
  };
}

/** What the data says one T line must carry: type, span, text, attributes, references, notes. */
interface Expected {
  type: string;
  mention: Mention;
  attributes?: string[];
  references?: string[];
  notes?: (string | null)[];
}

/** Every annotation the data gives, read from the data itself, as the records compared below. */
function expectedRecords(language: Language): string[] {
  const expected: Expected[] = [];
  for (const entity of data.entities) {
    for (const mention of entity.mentions) {
      expected.push({
        type: capital(entity.kind),
        mention,
        references: entity.identifiers
          .filter((identifier) => identifier.scheme === "wikidata")
          .map((identifier) => `Wikidata:${identifier.identifier} ${entity.name[language]}`),
        notes: [
          entity.identifiersNote && `identifiersNote: ${entity.identifiersNote}`,
          entity.externalContext && `externalContext: ${entity.externalContext}`,
        ],
      });
    }
  }
  for (const participant of data.participants) {
    for (const mention of participant.mentions) {
      expected.push({
        type: "Participant",
        mention,
        attributes: [`Attendance ${participant.attendance}`, `Role ${participant.role}`],
        notes: [participant.attendanceNote && `attendanceNote: ${participant.attendanceNote}`],
      });
    }
  }
  for (const topic of data.topics) {
    for (const mention of topic.mentions) {
      expected.push({ type: "Topic", mention, attributes: topic.categories.map(capital) });
    }
  }
  for (const agreement of data.agreements) {
    for (const mention of agreement.mentions) {
      const note = agreement.entityIdsNote && `entityIdsNote: ${agreement.entityIdsNote}`;
      expected.push({ type: "Agreement", mention, notes: [note] });
    }
  }
  for (const relation of data.relations) {
    for (const mention of relation.mentions) {
      expected.push({
        type: "Relation-phrase",
        mention,
        attributes: [`Predicate ${relation.predicate}`],
      });
    }
  }
  for (const mention of data.event.mentions) expected.push({ type: "Event", mention });
  for (const fact of eventFacts) {
    for (const mention of data.event.evidence[fact]) {
      expected.push({ type: "Evidence", mention, attributes: [`Fact ${fact}`] });
    }
  }
  return expected.flatMap(({ type, mention, attributes = [], references = [], notes = [] }) => {
    const at = place(mention, language);
    if (at === null) return [];
    const enNote = language === "ru" && mention.enNote ? `enNote: ${mention.enNote}` : null;
    const allNotes = [...notes, enNote].filter((note): note is string => note !== null);
    return [record(type, at.start, at.end, at.quote, attributes, references, allNotes)];
  });
}

/** One T line and everything attached to it, as one string to compare. */
function record(
  type: string,
  start: number,
  end: number,
  text: string,
  attributes: string[],
  references: string[],
  notes: string[],
): string {
  return [
    `${type} ${start} ${end} ${text}`,
    `A: ${[...attributes].sort().join("; ")}`,
    `N: ${[...references].sort().join("; ")}`,
    `#: ${[...notes].sort().join("; ")}`,
  ].join(" | ");
}

/** The same records, read from a parsed .ann file. */
function parsedRecords(standoff: Standoff): string[] {
  return [...standoff.textBound].map(([id, t]) => {
    const attributes = [...standoff.attributes.values()]
      .filter((a) => a.target === id)
      .map((a) => (a.value === true ? a.type : `${a.type} ${a.value}`));
    const references = [...standoff.normalizations.values()]
      .filter((n) => n.target === id)
      .map((n) => `${n.database}:${n.identifier} ${n.text}`);
    const notes = [...standoff.notes.values()].filter((n) => n.target === id).map((n) => n.text);
    return record(t.type, t.start, t.end, t.text, attributes, references, notes);
  });
}

describe("toBrat", () => {
  it("writes a collection: both texts as they are, an .ann for each, and three configurations", () => {
    expect(Object.keys(files())).toEqual([
      "ru.txt",
      "ru.ann",
      "en.txt",
      "en.ann",
      "annotation.conf",
      "visual.conf",
      "tools.conf",
    ]);
    expect(files()["ru.txt"]).toBe(sourceText);
    expect(files()["en.txt"]).toBe(englishText(article));
  });

  it("reads back by the published format: a T per mention, its text the .txt's at its offsets", () => {
    // docs/formats.md gives these numbers.
    const counts = (standoff: Standoff) =>
      [
        standoff.textBound,
        standoff.relations,
        standoff.attributes,
        standoff.normalizations,
        standoff.notes,
      ].map((lines) => lines.size);
    expect(counts(standoffs().ru)).toEqual([83, 10, 50, 20, 31]);
    expect(counts(standoffs().en)).toEqual([82, 10, 50, 20, 30]);
    for (const language of languages) {
      for (const [id, t] of standoffs()[language].textBound) {
        expect(Array.from(texts()[language]).slice(t.start, t.end).join(""), id).toBe(t.text);
      }
    }
  });

  it("matches the data one to one: types, spans, attributes, Wikidata ids and notes", () => {
    for (const language of languages) {
      expect(parsedRecords(standoffs()[language]).sort(), language).toEqual(
        expectedRecords(language).sort(),
      );
    }
    expect(standoffs().ru.normalizations.get("N1")).toEqual({
      target: "T1",
      database: "Wikidata",
      identifier: "Q458",
      text: "Европейский Союз",
    });
  });

  it("links each relation mention's subject and object mentions inside it with an R", () => {
    const entities = new Map<string, (typeof article.entities)[number]>(
      article.entities.map((entity) => [entity.id, entity]),
    );
    for (const language of languages) {
      const standoff = standoffs()[language];
      const expected = article.relations.flatMap((relation) =>
        relation.mentions.map((mention) => {
          const outer = defined(place(mention, language));
          const inside = (entityId: string) =>
            entities
              .get(entityId)!
              .mentions.map((m) => defined(place(m, language)))
              .find((m) => m.start >= outer.start && m.end <= outer.end);
          const [subject, object] = [
            defined(inside(relation.subjectId)),
            defined(inside(relation.objectId)),
          ];
          return `${capital(relation.predicate)} ${subject.quote}@${subject.start} ${object.quote}@${object.start}`;
        }),
      );
      const parsed = [...standoff.relations.values()].map(({ type, arg1, arg2 }) => {
        const [subject, object] = [textBoundOf(standoff, arg1), textBoundOf(standoff, arg2)];
        return `${type} ${subject.text}@${subject.start} ${object.text}@${object.start}`;
      });
      expect(parsed.sort(), language).toEqual(expected.sort());
      expect(parsed).toHaveLength(10);
    }
  });

  it("declares in annotation.conf every type, relation and attribute the .ann files use", () => {
    for (const language of languages) {
      const { textBound, relations, attributes } = standoffs()[language];
      for (const t of textBound.values()) expect(conf().entities).toContain(t.type);
      for (const r of relations.values()) {
        const declared = defined(conf().relations.get(r.type), r.type);
        expect(declared.arg1).toContain(textBoundOf(standoffs()[language], r.arg1).type);
        expect(declared.arg2).toContain(textBoundOf(standoffs()[language], r.arg2).type);
      }
      for (const a of attributes.values()) {
        const declared = defined(conf().attributes.get(a.type), a.type);
        expect(declared.arg, a.type).toContain(textBoundOf(standoffs()[language], a.target).type);
        if (a.value === true) expect(declared.values).toBeUndefined();
        else expect(declared.values).toContain(a.value);
      }
    }
    expect(conf().anyOverlap).toBe(true);
    expect(conf().relations.get("Holds-post-in")).toEqual({
      arg1: ["Person"],
      arg2: ["Organization"],
    });
  });

  it("labels and colours every type in visual.conf, and links Wikidata ids in tools.conf", () => {
    const visual = files()["visual.conf"];
    for (const type of [...conf().entities, ...conf().relations.keys()]) {
      expect(visual, type).toMatch(new RegExp(`^${type} \\| `, "m"));
    }
    for (const type of conf().entities) {
      expect(visual, type).toMatch(
        new RegExp(`^${type}\\tfgColor:white, bgColor:#[0-9a-f]{6}$`, "m"),
      );
    }
    expect(files()["tools.conf"]).toMatch(
      /^\[normalization\]\nWikidata\t<URL>:https:\/\/www\.wikidata\.org\/, <URLBASE>:https:\/\/www\.wikidata\.org\/wiki\/%s$/m,
    );
  });

  // The configurations in full, as reviewed: brat reads them by their section headings and lines.
  it("writes annotation.conf, visual.conf and tools.conf as reviewed", () => {
    const written = files();
    expect(written["annotation.conf"]).toMatchInlineSnapshot(`
      "# brat annotation configuration of the eu-central-asia-security-dialogue-2016 collection:
      # every type, relation and attribute its .ann files use. Generated by toBrat().
      [entities]
      State
      Organization
      Person
      Region
      Group
      City
      Dialogue
      Programme
      Process
      Mechanism
      Participant
      Topic
      Agreement
      Relation-phrase
      Event
      Evidence

      [relations]
      Holds-post-in	Arg1:Person, Arg2:Organization
      Belongs-to	Arg1:Programme|Process|Mechanism, Arg2:Organization
      Has-party	Arg1:Dialogue|Process, Arg2:State|Organization|Person|Region|Group|City|Dialogue|Programme|Process|Mechanism
      # Mentions nest, coincide and cross: any two annotations may overlap.
      <OVERLAP>	Arg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>

      [events]

      [attributes]
      Role	Arg:Participant, Value:side|delegation|special-guest|chair
      Attendance	Arg:Participant, Value:stated|implied
      Security-challenge	Arg:Topic
      Policy-and-security-issue	Arg:Topic
      Cooperation-area	Arg:Topic
      Predicate	Arg:Relation-phrase, Value:holds-post-in|belongs-to|has-party
      Fact	Arg:Evidence, Value:name|series|ordinal|date|location|level|chair
      "
    `);
    expect(written["visual.conf"]).toMatchInlineSnapshot(`
      "# brat visual configuration of the eu-central-asia-security-dialogue-2016 collection.
      [labels]
      State | State
      Organization | Organization
      Person | Person
      Region | Region
      Group | Group
      City | City
      Dialogue | Dialogue
      Programme | Programme
      Process | Process
      Mechanism | Mechanism
      Participant | Participant
      Topic | Topic
      Agreement | Agreement
      Relation-phrase | Relation phrase
      Event | Event
      Evidence | Evidence
      Holds-post-in | holds post in
      Belongs-to | belongs to
      Has-party | has party

      [drawing]
      SPAN_DEFAULT	fgColor:white, bgColor:#757575, borderColor:darken
      ARC_DEFAULT	color:black, arrowHead:triangle-5
      State	fgColor:white, bgColor:#1565c0
      Organization	fgColor:white, bgColor:#6a1b9a
      Person	fgColor:white, bgColor:#c62828
      Region	fgColor:white, bgColor:#2e7d32
      Group	fgColor:white, bgColor:#00838f
      City	fgColor:white, bgColor:#6d4c41
      Dialogue	fgColor:white, bgColor:#ad1457
      Programme	fgColor:white, bgColor:#827717
      Process	fgColor:white, bgColor:#e65100
      Mechanism	fgColor:white, bgColor:#455a64
      Participant	fgColor:white, bgColor:#283593
      Topic	fgColor:white, bgColor:#00695c
      Agreement	fgColor:white, bgColor:#4527a0
      Relation-phrase	fgColor:white, bgColor:#bf360c
      Event	fgColor:white, bgColor:#757575
      Evidence	fgColor:white, bgColor:#424242
      "
    `);
    expect(written["tools.conf"]).toMatchInlineSnapshot(`
      "# brat tools configuration of the eu-central-asia-security-dialogue-2016 collection:
      # where the N lines' Wikidata identifiers link to.
      [options]

      [search]

      [annotators]

      [disambiguators]

      [normalization]
      Wikidata	<URL>:https://www.wikidata.org/, <URLBASE>:https://www.wikidata.org/wiki/%s
      "
    `);
  });

  it("counts offsets in code points, one less than UTF-16 after an astral character", () => {
    const { article: copy, sourceText: text, at } = astralArticle();
    const ann = toBrat(asArticle(copy), text)["ru.ann"];
    const standoff = parseStandoff(ann, text);
    const tm = defined([...standoff.textBound.values()].find((t) => t.text === "Туркменистана"));
    expect(tm.start).toBe(text.indexOf("Туркменистана") - 1);
    expect(text.indexOf("Туркменистана")).toBeGreaterThan(at);
  });

  it("writes no R for a relation mention that lacks its subject's or object's mention", () => {
    const copy = draftOf(article);
    copy.relations[0].subjectId = "brussels";
    copy.relations[1].objectId = "afghanistan";
    const standoff = parseStandoff(toBrat(asArticle(copy), sourceText)["ru.ann"], sourceText);
    expect(standoff.relations.size).toBe(8);
    expect(standoff.textBound.size).toBe(83);
  });

  it("writes no R for a relation mention that holds only part of its object's mention", () => {
    const copy = draftOf(article);
    const mention = copy.relations[0].mentions[0];
    // The relation ends inside "Европейской службы внешнеполитической деятельности", its object.
    mention.end -= "деятельности".length;
    mention.quote = copy.paragraphs[1].ru.slice(mention.start, mention.end);
    const standoff = parseStandoff(toBrat(asArticle(copy), sourceText)["ru.ann"], sourceText);
    expect(standoff.relations.size).toBe(9);
  });

  it("names itself when a mention names a block the article does not have", () => {
    const copy = draftOf(article);
    copy.entities[0].mentions[0].paragraphId = "p9";
    expect(() => toBrat(asArticle(copy), sourceText)).toThrow(
      new TypeError('toBrat: a mention names the block "p9", which the article does not have'),
    );
  });

  it("puts each note on one line", () => {
    const copy = draftOf(article);
    copy.participants[0].attendanceNote = "One\tline,\r\nnot two.";
    const ann = toBrat(asArticle(copy), sourceText)["ru.ann"];
    expect(ann).toContain("\tattendanceNote: One line, not two.\n");
  });
});

describe("toBrat refuses, naming itself", () => {
  it("an argument that is not an article, or not its source text", () => {
    expect(() => loose({}, sourceText)).toThrow(/^toBrat: article must be/);
    expect(() => loose(article, 1)).toThrow(
      "toBrat: sourceText must be the article's source text (a string); got number",
    );
  });

  it("a text with a carriage return, which brat would read as a line end", () => {
    // The same length, so every block stays at its sourceStart.
    const text = sourceText.replace("\n\n", "\r\n");
    expect(() => toBrat(article, text)).toThrow(
      "toBrat: the ru text has a carriage return; brat reads texts with universal newlines, which would shift every offset after it",
    );
  });

  it("a mention that spans a line break", () => {
    const copy = draftOf(article);
    const paragraph = copy.paragraphs[3];
    const topic = defined(copy.topics.find((t) => t.id === "international-terrorism"));
    const mention = topic.mentions[0];
    const at = mention.start + mention.quote.indexOf(" ");
    paragraph.ru = `${paragraph.ru.slice(0, at)}\n${paragraph.ru.slice(at + 1)}`;
    mention.quote = paragraph.ru.slice(mention.start, mention.end);
    const text = `${sourceText.slice(0, paragraph.sourceStart + at)}\n${sourceText.slice(paragraph.sourceStart + at + 1)}`;
    expect(() => toBrat(asArticle(copy), text)).toThrow(
      "toBrat: the ru mention topic-international-terrorism-1 spans a line break, which a brat annotation line cannot hold",
    );
  });

  it("a mention that starts or ends between the halves of a surrogate pair", () => {
    const { article: copy, sourceText: text } = astralArticle();
    copy.event.mentions[0].end = copy.headline.ru.length + 1;
    expect(() => toBrat(asArticle(copy), text)).toThrow(
      /^toBrat: the ru mention event-eu-central-asia-security-dialogue-meeting-3-1 \(".*"\) starts or ends inside a character/,
    );
    Object.assign(copy.event.mentions[0], {
      start: copy.headline.ru.length + 1,
      end: copy.headline.ru.length + 2,
    });
    expect(() => toBrat(asArticle(copy), text)).toThrow(
      /^toBrat: the ru mention event-eu-central-asia-security-dialogue-meeting-3-1 \(".*"\) starts or ends inside a character/,
    );
  });
});
