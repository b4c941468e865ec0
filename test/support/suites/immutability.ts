import { beforeAll, describe, expect, it } from "vitest";
import type { Build, MainEntry } from "../builds";
import { reachable } from "../walk";

export function describeImmutability(build: Build): void {
  describe(`immutability (${build.label})`, () => {
    let main: MainEntry;
    beforeAll(async () => {
      main = await build.main();
    });

    const results = () => ({
      participants: main.getParticipants(),
      chair: main.getParticipants({ role: "chair" }),
      topics: main.getTopics(),
      cooperation: main.getTopics({ category: "cooperation-area" }),
      agreements: main.getAgreements(),
      migrationAgreements: main.getAgreements({ topicId: "migration" }),
      entities: main.getEntities(),
      programmes: main.getEntities({ kind: "programme" }),
      entity: main.getEntity("turkmenistan"),
      mentions: main.getMentions("migration"),
      paragraph: main.getParagraph("p1"),
      languages: main.languages,
      entityKinds: main.entityKinds,
      participantRoles: main.participantRoles,
      topicCategories: main.topicCategories,
      helpers: main.forArticle(main.article),
    });

    it("freezes every object and array reachable from article", () => {
      const all = reachable(main.article);
      expect(all.length).toBeGreaterThan(200);
      for (const { value, path } of all) expect(Object.isFrozen(value), path).toBe(true);
    });

    it("freezes every object and array reachable from every helper result", () => {
      for (const { value, path } of reachable(results())) {
        if (path === "$") continue; // the wrapper built by this test
        expect(Object.isFrozen(value), path).toBe(true);
      }
    });

    it("throws on mutation in strict mode", () => {
      const article = main.article as unknown as Record<string, unknown> & {
        event: Record<string, unknown>;
      };
      expect(() => {
        article.id = "changed";
      }).toThrow(TypeError);
      expect(() => {
        article.event.date = "2016-05-19";
      }).toThrow(TypeError);
      expect(() => {
        delete article.source;
      }).toThrow(TypeError);
      expect(main.article.id).toBe("eu-central-asia-security-dialogue-2016");
    });

    it("lets no caller change what the next caller sees", () => {
      const topics = main.getTopics() as unknown as unknown[];
      expect(() => topics.sort()).toThrow(TypeError);
      expect(() => topics.push("extra")).toThrow(TypeError);
      expect(() => (main.getParticipants() as unknown as unknown[]).reverse()).toThrow(TypeError);
      expect(() => (main.getMentions("migration") as unknown as unknown[]).pop()).toThrow(
        TypeError,
      );
      expect(main.getTopics().map((topic) => topic.id)[0]).toBe("radicalisation");
      expect(main.getTopics()).toHaveLength(10);
    });
  });
}
