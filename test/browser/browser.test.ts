// The package in a real browser (Debian's Chromium, one launch for the file):
// the annotation viewer (viewer/), and esbuild and Vite bundles of a page that
// uses the main entry and ./schema, made from the packed tarball.
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { esbuildPage, vitePage } from "../../scripts/browser-bundles.mjs";
import { article, getEntity, getTopics, version, type Mention } from "../../src/index";
import { chromiumMissing, launchChromium, watchPage } from "./chromium";
import { serveFolder, type StaticServer } from "./static-server";
import { installConsumer, removeTemporaryFolders, repoRoot } from "../support/pack";

// axe-core's own script, injected into the page (read as text: its typings need the DOM library).
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

/** Where the test saves the viewer's screenshot (docs/viewer.png is a reviewed copy). */
const screenshotPath = join(repoRoot, "test-results", "viewer.png");

/** Every mention the data gives, in any item: what the viewer must mark, in Russian. */
function allMentions(): Mention[] {
  // The meeting's names are both its mentions and the evidence of its name: one mark each.
  const event = [...article.event.mentions, ...Object.values(article.event.evidence).flat()];
  const lists: (readonly Mention[])[] = [
    ...article.entities.map((item) => item.mentions),
    ...article.participants.map((item) => item.mentions),
    ...article.topics.map((item) => item.mentions),
    ...article.agreements.map((item) => item.mentions),
    ...article.relations.map((item) => item.mentions),
    event.filter(
      (mention, index) => event.findIndex((other) => key(other) === key(mention)) === index,
    ),
  ];
  return lists.flat();
}

/**
 * How many pairs of mentions cross (overlap without one holding the other): the viewer nests
 * marks, so it splits the later of two crossing mentions into two marks at the earlier one's end.
 */
function crossings(mentions: readonly Mention[]): number {
  return mentions.filter((a) =>
    mentions.some(
      (b) =>
        a.paragraphId === b.paragraphId && b.start < a.start && a.start < b.end && b.end < a.end,
    ),
  ).length;
}

const key = (m: { paragraphId: string; start: number; end: number; quote: string }) =>
  `${m.paragraphId} ${m.start}-${m.end} ${m.quote}`;

/** The English sides of mentions, placed in their block, as the viewer must mark them. */
const englishOf = (mentions: readonly Mention[]): Mention[] =>
  mentions.flatMap(({ paragraphId, en }) =>
    en ? [{ paragraphId, ...en, en: null, enNote: null }] : [],
  );

/** The page's marks as the test sees them: place (data attributes) and text. */
interface MarkSeen {
  annotation: string;
  language: string;
  block: string;
  start: number;
  end: number;
  text: string;
  selected: boolean;
}

const readMarks = (page: Page) =>
  page.$$eval("mark", (marks) =>
    marks.map((mark) => ({
      annotation: mark.getAttribute("data-annotation") ?? "",
      language: mark.getAttribute("data-mark-language") ?? "",
      block: mark.getAttribute("data-block") ?? "",
      start: Number(mark.getAttribute("data-start")),
      end: Number(mark.getAttribute("data-end")),
      text: mark.textContent,
      selected: mark.classList.contains("is-selected"),
    })),
  ) as Promise<MarkSeen[]>;

/**
 * The marks of one language grouped by mention (a mention split across marks is joined back), as
 * mention keys.
 */
function mentionsShown(marks: readonly MarkSeen[], language: "ru" | "en"): string[] {
  const groups = new Map<string, MarkSeen[]>();
  for (const mark of marks.filter((seen) => seen.language === language))
    groups.set(mark.annotation, [...(groups.get(mark.annotation) ?? []), mark]);
  return [...groups.values()].map((parts) =>
    key({
      paragraphId: parts[0]!.block,
      start: parts[0]!.start,
      end: parts[0]!.end,
      quote: parts.map((part) => part.text).join(""),
    }),
  );
}

const sorted = (values: readonly string[]) => [...values].sort();

const skip = Boolean(chromiumMissing && !process.env.CI);
if (skip) console.warn(`Skipping the browser tests: ${chromiumMissing}`);

describe.skipIf(skip)("in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    if (chromiumMissing) throw new Error(chromiumMissing);
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    // beforeAll may have failed before it launched the browser.
    await (browser as Browser | undefined)?.close();
    removeTemporaryFolders();
  });

  describe("the annotation viewer", () => {
    let server: StaticServer;
    let page: Page;
    let problems: ReturnType<typeof watchPage>;
    beforeAll(async () => {
      await build({ configFile: join(repoRoot, "viewer/vite.config.ts"), logLevel: "silent" });
      server = await serveFolder(join(repoRoot, "viewer/dist"));
      page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      problems = watchPage(page);
      await page.goto(server.url);
      await page.waitForSelector("body[data-ready]", { state: "attached" });
    }, 120_000);
    afterAll(async () => {
      // beforeAll may have failed before it opened them.
      await (page as Page | undefined)?.close();
      await (server as StaticServer | undefined)?.close();
    });

    it("loads without console errors and requests nothing from the network", () => {
      expect(problems.errors).toEqual([]);
      expect(problems.offline).toEqual([]);
    });

    it("marks every mention the data gives, in Russian and in English, whose marks' text is the quote", async () => {
      const marks = await readMarks(page);
      const mentions = allMentions();
      const english = englishOf(mentions);
      expect(mentions.length).toBeGreaterThan(60);
      expect(english).toHaveLength(mentions.length - 1);
      // One mark per mention, plus one more for each mention split where it crosses another
      // (Helga Schmid's post, p2, crosses the chair's evidence, in both languages).
      expect(crossings(mentions)).toBe(1);
      expect(crossings(english)).toBe(1);
      expect(marks).toHaveLength(
        mentions.length + crossings(mentions) + english.length + crossings(english),
      );
      expect(sorted(mentionsShown(marks, "ru"))).toEqual(sorted(mentions.map(key)));
      expect(sorted(mentionsShown(marks, "en"))).toEqual(sorted(english.map(key)));
    });

    it("shows each block's whole Russian text, and our English beside it", async () => {
      const blocks = await page.$$eval("[data-block]", (sections) =>
        sections
          .filter((section) => section.tagName === "SECTION")
          .map((section) => ({
            id: section.getAttribute("data-block"),
            ru: [...section.querySelectorAll("div[data-language=ru]")]
              .map((e) => e.textContent)
              .join(""),
            en: [...section.querySelectorAll("div[data-language=en]")].map((e) => e.textContent),
          })),
      );
      const expected = [article.headline, ...article.paragraphs];
      expect(blocks.map((block) => [block.id, block.ru])).toEqual(
        expected.map((block) => [block.id, block.ru]),
      );
      for (const [i, block] of blocks.entries()) {
        // One English text per aligned sentence.
        expect(block.en).toHaveLength(expected[i]!.sentences.length);
        for (const text of block.en) expect(expected[i]!.en).toContain(text.trim());
      }
    });

    it("selecting an entity by keyboard marks exactly its mentions, in both languages, and shows its details", async () => {
      for (const id of ["central-asia", "afghanistan"] as const) {
        const entity = getEntity(id);
        await page.focus(`button[data-item="entity:${id}"]`);
        await page.keyboard.press("Enter");
        expect(await page.getAttribute(`button[data-item="entity:${id}"]`, "aria-pressed")).toBe(
          "true",
        );
        const selected = (await readMarks(page)).filter((mark) => mark.selected);
        expect(sorted(mentionsShown(selected, "ru"))).toEqual(sorted(entity.mentions.map(key)));
        expect(sorted(mentionsShown(selected, "en"))).toEqual(
          sorted(englishOf(entity.mentions).map(key)),
        );
        const details = await page.textContent(".details");
        expect(details).toContain(entity.name.en);
        expect(details).toContain(entity.name.ru);
        const wikidata = entity.identifiers.find((i) => i.scheme === "wikidata")!.identifier;
        expect(
          await page.$$eval(".details a", (links) => links.map((a) => a.getAttribute("href"))),
        ).toContain(`https://www.wikidata.org/wiki/${wikidata}`);
      }
      // Afghanistan's background is shown as not stated in the article.
      expect(await page.textContent(".details .external")).toContain("Not stated in the article");
      expect(await page.textContent(".details .external")).toContain("Southern Asia");
    });

    it("has no serious or critical accessibility violation (axe-core)", async () => {
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate<{ id: string; impact: string; nodes: number }[]>(
        "axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))",
      );
      expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual(
        [],
      );
    });

    it("saves a screenshot with an entity selected", async () => {
      const button = 'button[data-item="entity:afghanistan"]';
      // Selecting the selected item again clears the selection.
      if ((await page.getAttribute(button, "aria-pressed")) !== "true") {
        await page.focus(button);
        await page.keyboard.press("Enter");
      }
      expect(await page.getAttribute(button, "aria-pressed")).toBe("true");
      await page.evaluate("window.scrollTo(0, 0)");
      mkdirSync(join(repoRoot, "test-results"), { recursive: true });
      const png = await page.screenshot({ path: screenshotPath });
      expect(png.subarray(1, 4).toString()).toBe("PNG");
    });

    it("fits a phone-width screen without sideways scrolling", async () => {
      await page.setViewportSize({ width: 375, height: 800 });
      const overflow = await page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth",
      );
      expect(overflow).toBe(0);
    });
  });

  describe("bundles of a page using the main entry and ./schema, from the packed tarball", () => {
    let project: string;
    beforeAll(() => {
      project = installConsumer(inject("packed").tarball, "zod");
    }, 60_000);

    const expected = () => ({
      version,
      date: article.event.date,
      frozen: true,
      topics: getTopics({ category: "cooperation-area" }).map((topic) => topic.label.en),
      wikidata: "Q874",
      parsedEqual: true,
      parsedFrozen: true,
      rejected: true,
    });

    for (const [bundler, make] of [
      ["esbuild", esbuildPage],
      ["Vite", vitePage],
    ] as const) {
      it(`run in Chromium, bundled by ${bundler}`, async () => {
        const out = join(project, `${bundler}-out`);
        await make(join(project, `${bundler}-page`), out, { schema: true });
        const server = await serveFolder(out);
        const page = await browser.newPage();
        try {
          const problems = watchPage(page);
          await page.goto(server.url);
          await page.waitForSelector("body[data-result]", { state: "attached" });
          const result: unknown = JSON.parse((await page.getAttribute("body", "data-result"))!);
          expect(result).toEqual(expected());
          expect(problems).toEqual({ errors: [], offline: [] });
        } finally {
          await page.close();
          await server.close();
        }
      }, 60_000);
    }
  });
});
