import { beforeAll, describe, expect, it } from "vitest";
import type { Build, MainEntry } from "../builds";
import { allMentions, type FoundMention } from "../walk";

// The span policy per kind, as the README's data model states it, checked on
// the shipped data. The patterns and word lists are written from the text,
// independently of the data.

/**
 * The full extent of every entity name in the text: an entity mention is
 * exactly one of these matches (the name as it occurs, inflected, with no
 * determiner, preposition or verb).
 */
const namePatterns: Record<string, RegExp> = {
  "european-union": /(?<![А-Яа-яЁё])ЕС(?![А-Яа-яЁё])|Европейск[а-я]+ Союз[а-я]*/g,
  "central-asia": /Центральн[а-я]+ Ази[а-я]+/g,
  "central-asian-countries": /стран[а-я]* Центральн[а-я]+ Ази[а-я]+/g,
  turkmenistan: /Туркменистан[а-я]*/g,
  afghanistan: /Афганистан[а-я]*/g,
  "helga-schmid": /Хельг[а-я]* Шмид/g,
  "european-external-action-service":
    /Европейск[а-я]+ служб[а-я]* внешнеполитической деятельности/g,
  brussels: /Брюссел[а-я]*/g,
  "eu-central-asia-security-dialogue":
    /Диалог[а-я]*(?: высокого уровня между Европейским Союзом и странами Центральной Азии по вопросам безопасности| по вопросам безопасности| по безопасности «ЕС-Центральная Азия»)?/g,
  bomca: /БОМКА/g,
  cadap: /КАДАП/g,
  "eu-migration-mechanism": /механизм[а-я]* в сфере миграции Европейского Союза/g,
  "prague-process": /Пражск[а-я]+ процесс[а-я]*/g,
  "third-countries": /трет[а-я]+ стран[а-я]+/g,
};

/** Every finite verb and short participle of the text: no mention of any kind includes one. */
const predicates = [
  "проведено",
  "приняла",
  "состоялось",
  "отражает",
  "приглашена",
  "прошла",
  "обменялись",
  "обсуждены",
  "достигнута",
  "предоставил",
];

const overlap = (a: FoundMention, b: FoundMention) =>
  a.paragraphId === b.paragraphId && a.start < b.end && b.start < a.end;
const within = (inner: FoundMention, outer: FoundMention) =>
  inner.paragraphId === outer.paragraphId && outer.start <= inner.start && inner.end <= outer.end;

export function describeAnnotationPolicy(build: Build): void {
  describe(`the span policy (${build.label})`, () => {
    let main: MainEntry;
    let text: (mention: FoundMention) => string;
    beforeAll(async () => {
      main = await build.main();
      const blocks = new Map<string, string>(
        [main.article.headline, ...main.article.paragraphs].map((block) => [block.id, block.ru]),
      );
      text = (mention) => blocks.get(mention.paragraphId) ?? "";
    });

    it("entity: each mention is exactly a full occurrence of the entity's name", () => {
      const blocks = [main.article.headline, ...main.article.paragraphs];
      for (const entity of main.article.entities) {
        const pattern = namePatterns[entity.id];
        expect(pattern, entity.id).toBeDefined();
        const found = blocks.flatMap((block) =>
          [...block.ru.matchAll(pattern!)].map((match) => ({
            paragraphId: block.id,
            start: match.index,
            end: match.index + match[0].length,
            quote: match[0],
          })),
        );
        expect(entity.mentions, entity.id).toEqual(found);
      }
    });

    it("no mention of any kind includes a verb", () => {
      for (const { mention, path } of allMentions(main.article)) {
        for (const verb of predicates) expect(mention.quote, path).not.toContain(verb);
      }
    });

    it("mentions of one item never overlap each other", () => {
      const items: readonly { id: string; mentions: readonly FoundMention[] }[] = [
        main.article.event,
        ...main.article.entities,
        ...main.article.participants,
        ...main.article.topics,
        ...main.article.agreements,
      ];
      for (const item of items) {
        item.mentions.forEach((a, i) =>
          item.mentions.slice(i + 1).forEach((b) => expect(overlap(a, b), item.id).toBe(false)),
        );
      }
    });

    it("topic: a mention never overlaps an entity's name (no topic word inside a name)", () => {
      const names = main.article.entities.flatMap(
        (entity): readonly FoundMention[] => entity.mentions,
      );
      for (const topic of main.article.topics) {
        for (const mention of topic.mentions) {
          for (const name of names)
            expect(overlap(mention, name), `${topic.id} ${mention.quote}`).toBe(false);
        }
      }
    });

    it("entity: names nest only inside other names, whole (the EU inside the Dialogue's name)", () => {
      const names = main.article.entities.flatMap(
        (entity): readonly FoundMention[] => entity.mentions,
      );
      for (const a of names) {
        for (const b of names) {
          if (a !== b && overlap(a, b)) expect(within(a, b) || within(b, a), a.quote).toBe(true);
        }
      }
    });

    it("participant: its noun phrase with the words stating its role, containing one name of its entity", () => {
      const roleWords: Record<string, RegExp> = {
        side: /^[^,]+$/,
        delegation: /^делегация /,
        "special-guest": /^делегация .+ в качестве специального гостя$/,
        chair: /^под председательством /,
      };
      for (const participant of main.article.participants) {
        const entity = main.article.entities.find((e) => e.id === participant.entityId)!;
        for (const mention of participant.mentions) {
          expect(mention.quote, participant.id).toMatch(roleWords[participant.role]!);
          const names = entity.mentions.filter((name) => within(name, mention));
          expect(names, `${participant.id}: ${mention.quote}`).toHaveLength(1);
        }
      }
    });

    it("agreement: what was agreed, from the noun phrase after «договоренность о/об» or «а также»", () => {
      for (const agreement of main.article.agreements) {
        for (const mention of agreement.mentions) {
          const before = text(mention).slice(0, mention.start);
          expect(before, agreement.id).toMatch(/(?:договоренность об? |, а также )$/);
        }
      }
    });

    it("event: every reference to the meeting (заседание, встреча), both names included", () => {
      const { event } = main.article;
      expect(event.mentions.map((m) => m.quote)).toEqual([
        "очередное заседание Диалога по безопасности «ЕС-Центральная Азия»",
        "3-ем заседании Диалога высокого уровня между Европейским Союзом и странами Центральной Азии по вопросам безопасности",
        "заседание Диалога",
        "Встреча",
        "заседания",
        "встречи",
      ]);
      for (const name of event.evidence.name) expect(event.mentions).toContainEqual(name);
      for (const mention of event.mentions) expect(mention.quote).toMatch(/заседани|[Вв]стреч/);
    });

    it("event evidence: the phrase stating the fact, preposition included, verb left out", () => {
      const { evidence } = main.article.event;
      expect(evidence.location.map((m) => m.quote)).toEqual(["В Брюсселе", "в Брюсселе"]);
      expect(evidence.level.map((m) => m.quote)).toEqual([
        "на уровне заместителей министров иностранных дел",
      ]);
      expect(evidence.chair.map((m) => m.quote)).toEqual([
        "под председательством г-жи Хельги Шмид",
      ]);
    });

    it("relation: the phrase holding a name of the subject and of the object", () => {
      for (const relation of main.article.relations) {
        const names = (id: string) => main.article.entities.find((e) => e.id === id)!.mentions;
        for (const mention of relation.mentions) {
          expect(
            names(relation.subjectId).some((name) => within(name, mention)),
            relation.id,
          ).toBe(true);
          expect(
            names(relation.objectId).some((name) => within(name, mention)),
            relation.id,
          ).toBe(true);
        }
      }
    });

    it("topic categories: a cooperation-area exactly when an agreement covers the topic", () => {
      const covered = new Set<string>(main.article.agreements.flatMap((a) => a.topicIds));
      for (const topic of main.article.topics) {
        const categories: readonly string[] = topic.categories;
        expect(categories.includes("cooperation-area"), topic.id).toBe(covered.has(topic.id));
      }
      // "во всех упомянутых областях": the first agreement covers the six challenges of p3.
      expect(main.getTopics({ category: "cooperation-area" }).map((t) => t.id)).toEqual(
        expect.arrayContaining(
          main.getTopics({ category: "security-challenge" }).map((topic) => topic.id),
        ),
      );
    });

    it("agreement entityIds: only entities the agreement's own words name as acting, each with a note", () => {
      const parties = Object.fromEntries(
        main.article.agreements.map((a) => [a.id, [a.entityIds, Boolean(a.entityIdsNote)]]),
      );
      expect(parties).toEqual({
        "step-up-joint-efforts": [
          ["european-union", "central-asian-countries", "afghanistan", "central-asia"],
          true,
        ],
        "strengthen-border-and-drug-cooperation": [[], true],
        "deepen-migration-cooperation": [["central-asian-countries"], true],
      });
      for (const agreement of main.article.agreements) {
        for (const id of agreement.entityIds) {
          const entity = main.article.entities.find((e) => e.id === id)!;
          const named = entity.mentions.some((name) =>
            agreement.mentions.some((mention) => within(name, mention)),
          );
          expect(named, `${agreement.id}: ${id}`).toBe(true);
        }
      }
    });

    it("says Afghanistan's attendance is implied (invited), not stated", () => {
      const attendance = Object.fromEntries(
        main.article.participants.map((p) => [p.id, p.attendance]),
      );
      expect(attendance).toEqual({
        "european-union-side": "implied",
        "central-asian-countries-side": "implied",
        "turkmenistan-delegation": "stated",
        "afghanistan-delegation": "implied",
        "helga-schmid-chair": "stated",
      });
      const guest = main.article.participants.find((p) => p.id === "afghanistan-delegation");
      expect(guest?.attendanceNote).toContain("была приглашена");
    });
  });
}
