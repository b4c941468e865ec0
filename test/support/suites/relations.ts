import { beforeAll, describe, expect, it } from "vitest";
import type { Build, MainEntry, SchemaEntry } from "../builds";
import { draftOf } from "../draft";
import { valueAt } from "../walk";

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

export function describeRelations(build: Build): void {
  describe(`relations (${build.label})`, () => {
    let main: MainEntry;
    let schema: SchemaEntry;
    beforeAll(async () => {
      main = await build.main();
      schema = await build.schema();
    });

    it("are the ones the text states, each with every quote that states it", () => {
      expect(
        main.article.relations.map((r) => [
          r.subjectId,
          r.predicate,
          r.objectId,
          ...r.mentions.map((mention) => mention.quote),
        ]),
      ).toEqual([
        [
          "helga-schmid",
          "holds-post-in",
          "european-external-action-service",
          "Хельги Шмид, заместителя Генерального секретаря Европейской службы внешнеполитической деятельности",
        ],
        [
          "bomca",
          "belongs-to",
          "european-union",
          "региональных программ Европейского Союза БОМКА и КАДАП",
        ],
        [
          "cadap",
          "belongs-to",
          "european-union",
          "региональных программ Европейского Союза БОМКА и КАДАП",
        ],
        [
          "eu-migration-mechanism",
          "belongs-to",
          "european-union",
          "механизма в сфере миграции Европейского Союза",
        ],
        [
          "prague-process",
          "has-party",
          "european-union",
          "Пражского процесса между Европейским Союзом и третьими странами",
        ],
        [
          "prague-process",
          "has-party",
          "third-countries",
          "Пражского процесса между Европейским Союзом и третьими странами",
        ],
        [
          "eu-central-asia-security-dialogue",
          "has-party",
          "european-union",
          "Диалога по безопасности «ЕС-Центральная Азия»",
          "Диалога высокого уровня между Европейским Союзом и странами Центральной Азии по вопросам безопасности",
        ],
        [
          "eu-central-asia-security-dialogue",
          "has-party",
          "central-asia",
          "Диалога по безопасности «ЕС-Центральная Азия»",
        ],
        [
          "eu-central-asia-security-dialogue",
          "has-party",
          "central-asian-countries",
          "Диалога высокого уровня между Европейским Союзом и странами Центральной Азии по вопросам безопасности",
        ],
      ]);
      expect(main.relationPredicates).toEqual(["holds-post-in", "belongs-to", "has-party"]);
    });

    it("getRelations filters by predicate, subject and object, and returns frozen arrays", () => {
      expect(main.getRelations()).toHaveLength(9);
      expect(ids(main.getRelations({ predicate: "holds-post-in" }))).toEqual([
        "helga-schmid-holds-post-in-eeas",
      ]);
      expect(
        ids(main.getRelations({ objectId: "european-union", predicate: "belongs-to" })),
      ).toEqual([
        "bomca-belongs-to-european-union",
        "cadap-belongs-to-european-union",
        "eu-migration-mechanism-belongs-to-european-union",
      ]);
      expect(ids(main.getRelations({ subjectId: "prague-process" }))).toEqual([
        "prague-process-has-party-european-union",
        "prague-process-has-party-third-countries",
      ]);
      expect(main.getRelations({ subjectId: "turkmenistan" })).toEqual([]);
      expect(main.getRelations({ predicate: undefined })).toEqual(main.getRelations());
      expect(Object.isFrozen(main.getRelations({ predicate: "has-party" }))).toBe(true);
    });

    it("getRelations refuses a bad filter with a TypeError naming it", () => {
      const call = (filter: unknown) => () =>
        (main.getRelations as (filter: unknown) => unknown)(filter);
      expect(call({ predicate: "owns" })).toThrow(
        'getRelations: filter.predicate must be one of: holds-post-in, belongs-to, has-party; got "owns"',
      );
      expect(call({ subjectId: "kazakhstan" })).toThrow(TypeError);
      expect(call({ subject: "bomca" })).toThrow('getRelations: unknown filter key "subject"');
      expect(call("bomca")).toThrow(TypeError);
    });

    it("getMentions finds a relation's and the event's mentions", () => {
      expect(main.getMentions("bomca-belongs-to-european-union")?.map((m) => m.quote)).toEqual([
        "региональных программ Европейского Союза БОМКА и КАДАП",
      ]);
      expect(main.getMentions(main.article.event.id)).toBe(main.article.event.mentions);
    });

    it("the schema refuses a relation whose subject or object does not resolve, or is of the wrong kind", () => {
      const draft = () => draftOf(main.article);
      const broken = draft();
      broken.relations[0].subjectId = "nobody";
      const result = schema.safeParseArticle(broken);
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.error.issues.map((issue) => issue.path)).toContainEqual([
          "relations",
          0,
          "subjectId",
        ]);
      }
      const wrongKind = draft();
      wrongKind.relations[0].objectId = "brussels";
      const second = schema.safeParseArticle(wrongKind);
      expect(second.success).toBe(false);
      if (!second.success) expect(second.error.message).toContain('entity "brussels" is a city');
    });

    it("JSON-LD gives the chair her post: jobTitle and worksFor the EEAS", () => {
      const document = main.toJsonLd();
      expect(valueAt(document, ["about", "attendee", 1, "roleName"])).toBe("chair");
      const chair = valueAt(document, ["about", "attendee", 1, "attendee"]);
      expect(valueAt(chair, ["jobTitle", 1, "@value"])).toBe(
        "Deputy Secretary General of the European External Action Service",
      );
      expect(valueAt(chair, ["worksFor"])).toEqual([
        {
          "@type": "Organization",
          name: [
            { "@value": "Европейская служба внешнеполитической деятельности", "@language": "ru" },
            { "@value": "European External Action Service", "@language": "en" },
          ],
        },
      ]);
    });
  });
}
