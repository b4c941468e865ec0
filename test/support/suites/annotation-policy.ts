import { beforeAll, describe, expect, it } from "vitest";
import type { Build, MainEntry } from "../builds";
import { allMentions, type FoundMention } from "../walk";

// The span policy per kind, as the README's data model states it, checked on the shipped data in
// both languages. The patterns and word lists are written from the texts, independently of the
// data.

type Language = "ru" | "en";

/**
 * The full extent of every entity name in each language's text: an entity mention is exactly one
 * of these matches (the name as it occurs, inflected, with no determiner, preposition or verb).
 */
const namePatterns: Record<Language, Record<string, RegExp>> = {
  ru: {
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
  },
  en: {
    "european-union": /\bEU\b|European Union/g,
    "central-asia": /Central Asia\b/g,
    "central-asian-countries": /countries of Central Asia/g,
    turkmenistan: /Turkmenistan/g,
    afghanistan: /Afghanistan/g,
    "helga-schmid": /Helga Schmid/g,
    "european-external-action-service": /European External Action Service/g,
    brussels: /Brussels/g,
    "eu-central-asia-security-dialogue":
      /(?:EU–Central Asia |High-Level )?(?:Security )?Dialogue(?: between the European Union and the countries of Central Asia)?/g,
    bomca: /BOMCA/g,
    cadap: /CADAP/g,
    "eu-migration-mechanism": /European Union's migration mechanism/g,
    "prague-process": /Prague Process/g,
    "third-countries": /third countries/g,
  },
};

/**
 * Every finite verb and short participle of the Russian text, and every finite verb and
 * participle of a clause in our English: no mention of any kind includes one. (Full participles
 * used as adjectives, "упомянутых", "обновленных", "mentioned", "renewed", belong to noun
 * phrases; the English infinitives after "It was agreed to" render the Russian verbal nouns.)
 */
const predicates: Record<Language, RegExp> = {
  ru: /проведено|приняла|состоялось|отражает|приглашена|прошла|обменялись|обсуждены|достигнута|предоставил/,
  en: /\b(?:held|took|reflects|was|extended|exchanged|discussed|agreed|provided)\b/,
};

/** Words no span starts with (prepositions, determiners) or ends with (prepositions). */
const edges: Record<Language, { first: RegExp; last: RegExp }> = {
  ru: {
    first: /^(?:в|во|на|под|о|об|по|с|со|к|между|для|до|из|от|при|за|посредством|Данный|данный)\s/,
    last: /\s(?:в|во|на|под|о|об|по|с|со|к|между|для|до|из|от|при|за)$/,
  },
  en: {
    first:
      /^(?:the|a|an|this|The|A|An|This|in|on|at|of|to|by|under|between|for|with|from|as|within|through|In|On|At|Under)\s/,
    last: /\s(?:in|on|at|of|to|by|under|between|for|with|from|as|within|through|the|a|an)$/,
  },
};

/** A mention's span in one language, or `null` when its English side is `null`. */
type Side = FoundMention | null;
const side = (mention: FoundMention, language: Language): Side =>
  language === "ru"
    ? mention
    : mention.en && { ...mention.en, paragraphId: mention.paragraphId, en: null, enNote: null };

const overlap = (a: Side, b: Side) =>
  a !== null && b !== null && a.paragraphId === b.paragraphId && a.start < b.end && b.start < a.end;
const within = (inner: Side, outer: Side) =>
  inner !== null &&
  outer !== null &&
  inner.paragraphId === outer.paragraphId &&
  outer.start <= inner.start &&
  inner.end <= outer.end;
const quotes = (mentions: readonly FoundMention[], language: Language) =>
  mentions.map((mention) => side(mention, language)?.quote ?? null);

export function describeAnnotationPolicy(build: Build): void {
  describe(`the span policy (${build.label})`, () => {
    let main: MainEntry;
    let text: (mention: FoundMention, language: Language) => string;
    beforeAll(async () => {
      main = await build.main();
      const blocks = new Map<string, { ru: string; en: string }>(
        [main.article.headline, ...main.article.paragraphs].map((block) => [block.id, block]),
      );
      text = (mention, language) => blocks.get(mention.paragraphId)?.[language] ?? "";
    });

    for (const language of ["ru", "en"] as const) {
      it(`entity (${language}): each mention is exactly a full occurrence of the entity's name, every occurrence tagged`, () => {
        const blocks = [main.article.headline, ...main.article.paragraphs];
        expect(Object.keys(namePatterns[language]).sort()).toEqual(
          main.article.entities.map((entity) => entity.id).sort(),
        );
        for (const entity of main.article.entities) {
          const found = blocks.flatMap((block) =>
            [...block[language].matchAll(namePatterns[language][entity.id]!)].map(
              (match) => `${block.id}:${match.index}:${match[0]}`,
            ),
          );
          const tagged = entity.mentions.map((mention) => {
            const span = side(mention, language);
            return span && `${span.paragraphId}:${span.start}:${span.quote}`;
          });
          expect(tagged, entity.id).toEqual(found);
        }
      });

      it(`no mention of any kind includes a verb (${language})`, () => {
        for (const { mention, path } of allMentions(main.article)) {
          const quote = side(mention, language)?.quote ?? "";
          expect(quote, path).not.toMatch(predicates[language]);
        }
      });

      it(`no span starts with a preposition or determiner, or ends with a preposition (${language})`, () => {
        for (const { mention, path } of allMentions(main.article)) {
          const quote = side(mention, language)?.quote ?? "";
          expect(quote, path).not.toMatch(edges[language].first);
          expect(quote, path).not.toMatch(edges[language].last);
        }
      });

      it(`no two spans of one list of mentions share a character (${language})`, () => {
        const { event } = main.article;
        const lists: [string, readonly FoundMention[]][] = [
          ["event", event.mentions],
          ...Object.entries(event.evidence).map(
            ([fact, mentions]): [string, readonly FoundMention[]] => [`evidence.${fact}`, mentions],
          ),
          ...[
            ...main.article.entities,
            ...main.article.participants,
            ...main.article.topics,
            ...main.article.agreements,
            ...main.article.relations,
          ].map((item): [string, readonly FoundMention[]] => [item.id, item.mentions]),
        ];
        for (const [id, mentions] of lists) {
          mentions.forEach((a, i) =>
            mentions
              .slice(i + 1)
              .forEach((b) =>
                expect(overlap(side(a, language), side(b, language)), id).toBe(false),
              ),
          );
        }
      });

      it(`topic (${language}): a mention never overlaps an entity's name (no topic word inside a name)`, () => {
        const names = main.article.entities.flatMap(
          (entity): readonly FoundMention[] => entity.mentions,
        );
        for (const topic of main.article.topics) {
          for (const mention of topic.mentions) {
            for (const name of names) {
              expect(
                overlap(side(mention, language), side(name, language)),
                `${topic.id} ${mention.quote}`,
              ).toBe(false);
            }
          }
        }
      });

      it(`entity (${language}): names nest only inside other names, whole (the EU inside the Dialogue's name)`, () => {
        const names = main.article.entities
          .flatMap((entity): readonly FoundMention[] => entity.mentions)
          .map((mention) => side(mention, language));
        for (const a of names) {
          for (const b of names) {
            if (a !== b && overlap(a, b)) expect(within(a, b) || within(b, a), a?.quote).toBe(true);
          }
        }
      });

      it(`relation (${language}): the phrase holding a name of the subject and of the object`, () => {
        const names = (id: string) => main.article.entities.find((e) => e.id === id)!.mentions;
        for (const relation of main.article.relations) {
          for (const mention of relation.mentions) {
            const span = side(mention, language);
            for (const entityId of [relation.subjectId, relation.objectId]) {
              expect(
                names(entityId).some((name) => within(side(name, language), span)),
                `${relation.id}: ${entityId}`,
              ).toBe(true);
            }
          }
        }
      });
    }

    it("participant: its noun phrase with the words stating its role, containing one name of its entity", () => {
      const roleWords: Record<Language, Record<string, RegExp>> = {
        ru: {
          side: /^[^,]+$/,
          delegation: /^делегация /,
          "special-guest": /^делегация .+ в качестве специального гостя$/,
          chair: /^председательством /,
        },
        en: {
          side: /^[^,]+$/,
          delegation: /^delegation of /,
          "special-guest": /^delegation of .+ as a special guest$/,
          chair: /^chairmanship of /,
        },
      };
      for (const participant of main.article.participants) {
        const entity = main.article.entities.find((e) => e.id === participant.entityId)!;
        for (const mention of participant.mentions) {
          for (const language of ["ru", "en"] as const) {
            const span = side(mention, language);
            expect(span?.quote, participant.id).toMatch(roleWords[language][participant.role]!);
            const names = entity.mentions.filter((name) => within(side(name, language), span));
            expect(names, `${participant.id}: ${String(span?.quote)}`).toHaveLength(1);
          }
        }
      }
    });

    it("agreement: what was agreed, from the words after «договоренность о/об» or «а также», and after «It was agreed to» or «as well as to»", () => {
      for (const agreement of main.article.agreements) {
        for (const mention of agreement.mentions) {
          expect(text(mention, "ru").slice(0, mention.start), agreement.id).toMatch(
            /(?:договоренность об? |, а также )$/,
          );
          expect(text(mention, "en").slice(0, mention.en.start), agreement.id).toMatch(
            /(?:It was agreed to |, as well as to )$/,
          );
        }
      }
    });

    it("event: every reference to the meeting, with its modifiers, without a clause", () => {
      const { event } = main.article;
      expect(quotes(event.mentions, "ru")).toEqual([
        "очередное заседание Диалога по безопасности «ЕС-Центральная Азия»",
        "3-ем заседании Диалога высокого уровня между Европейским Союзом и странами Центральной Азии по вопросам безопасности",
        "заседание Диалога",
        "Встреча",
        "заседания",
        "встречи",
      ]);
      expect(quotes(event.mentions, "en")).toEqual([
        "Latest meeting of the EU–Central Asia Security Dialogue",
        "third meeting of the High-Level Security Dialogue between the European Union and the countries of Central Asia",
        "meeting of the Dialogue",
        "meeting",
        "meeting",
        null,
      ]);
      for (const name of event.evidence.name) expect(event.mentions).toContainEqual(name);
      for (const mention of event.mentions) expect(mention.quote).toMatch(/заседани|[Вв]стреч/);
    });

    it("event evidence: the phrase stating the fact, without its verb or a leading preposition", () => {
      const { evidence } = main.article.event;
      const both = (mentions: readonly FoundMention[]) =>
        mentions.map((mention) => [mention.quote, mention.en?.quote]);
      expect(both(evidence.location)).toEqual([
        ["Брюсселе", "Brussels"],
        ["Брюсселе", "Brussels"],
      ]);
      expect(both(evidence.level)).toEqual([
        ["уровне заместителей министров иностранных дел", "deputy foreign minister level"],
      ]);
      expect(both(evidence.chair)).toEqual([
        ["председательством г-жи Хельги Шмид", "chairmanship of Ms Helga Schmid"],
      ]);
      expect(both(evidence.ordinal)).toEqual([["3-ем", "third"]]);
      expect(both(evidence.date)).toEqual([["18 мая 2016 года", "18 May 2016"]]);
    });

    it("relation: every place the text states it, the headline's «ЕС-Центральная Азия» included", () => {
      const mentionsOf = (id: string) =>
        main.article.relations.find((relation) => relation.id === id)?.mentions.map((m) => m.quote);
      expect(mentionsOf("dialogue-has-party-european-union")).toEqual([
        "Диалога по безопасности «ЕС-Центральная Азия»",
        "Диалога высокого уровня между Европейским Союзом и странами Центральной Азии по вопросам безопасности",
      ]);
      expect(mentionsOf("dialogue-has-party-central-asia")).toEqual([
        "Диалога по безопасности «ЕС-Центральная Азия»",
      ]);
    });

    it("English: a counterpart for every mention but one, whose note says why", () => {
      const missing = allMentions(main.article).filter(({ mention }) => mention.en === null);
      expect(missing.map(({ path, mention }) => [path, mention.quote])).toEqual([
        ["$.event.mentions.5", "встречи"],
      ]);
      expect(missing[0]?.mention.enNote).toContain("«участники встречи»");
      for (const { mention, path } of allMentions(main.article)) {
        expect(mention.enNote === null, path).toBe(mention.en !== null);
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
