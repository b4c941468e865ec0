// web-annotations.jsonld read by an anchoring library someone else wrote: Apache Annotator
// (@apache-annotator/dom, pinned in tools/readers), in Chromium, on a page that shows the two
// plain texts. Every TextQuoteSelector and every TextPositionSelector is anchored: each finds
// exactly one range, whose text is the quote, and the two selectors of a target find the same one.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageName } from "../../scripts/sizes.mjs";
import { removeTemporaryFolders, temporaryFolder } from "../support/pack";
import { installedVersion, pinned, readersFolder, readersMissing } from "../support/readers";
import type { WebAnnotationCollection } from "../../src/formats/index";
import { chromiumMissing, launchChromium, watchPage, type PageProblems } from "./chromium";
import { serveFolder, type StaticServer } from "./static-server";

const missing = chromiumMissing ?? readersMissing;
const skip = Boolean(missing && !process.env.CI);
if (skip) console.warn(`Skipping the Apache Annotator test: ${missing}`);

const require = createRequire(import.meta.url);
const read = (file: string) => readFileSync(require.resolve(`${packageName}/${file}`), "utf8");

/** What the page needs of one annotation: its id, which text, and its two selectors. */
interface Anchoring {
  id: string;
  language: "ru" | "en";
  quote: { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string };
  position: { type: "TextPositionSelector"; start: number; end: number };
}

/** What the page found for one annotation. */
interface Anchored {
  id: string;
  exact: string;
  quoteRanges: string[];
  positionRanges: string[];
  sameRange: boolean;
}

/** The two matchers of Apache Annotator the page uses, as the IIFE bundle exposes them. */
type Matcher = (selector: unknown) => (scope: Node) => AsyncGenerator<Range>;
declare global {
  interface Window {
    annotator: {
      createTextQuoteSelectorMatcher: Matcher;
      createTextPositionSelectorMatcher: Matcher;
    };
  }
}

/** Bundles the two matchers of @apache-annotator/dom from tools/readers into one script. */
async function annotatorScript(): Promise<string> {
  const result = await build({
    stdin: {
      contents:
        'export { createTextQuoteSelectorMatcher, createTextPositionSelectorMatcher } from "@apache-annotator/dom";',
      resolveDir: readersFolder,
      loader: "js",
    },
    bundle: true,
    format: "iife",
    globalName: "annotator",
    target: "chrome120",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

describe.skipIf(skip)("web-annotations.jsonld, anchored by Apache Annotator in Chromium", () => {
  let browser: Browser;
  let server: StaticServer;
  let page: Page;
  let problems: PageProblems;
  const collection = JSON.parse(read("web-annotations.jsonld")) as WebAnnotationCollection;
  const texts = { ru: read("article.ru.txt"), en: read("article.en.txt") };
  const anchorings: Anchoring[] = [collection.first, collection.first.next!].flatMap((page) =>
    page.items.map((annotation) => {
      const [quote, position] = annotation.target.selector;
      const language = annotation.target.source.endsWith("article.ru.txt") ? "ru" : "en";
      return { id: annotation.id, language, quote, position };
    }),
  );

  beforeAll(async () => {
    if (missing) throw new Error(missing);
    const folder = temporaryFolder("annotator");
    writeFileSync(join(folder, "annotator.js"), await annotatorScript());
    writeFileSync(
      join(folder, "index.html"),
      '<!doctype html>\n<html lang="ru"><meta charset="utf-8"><title>Texts</title><link rel="icon" href="data:,">' +
        '<pre id="ru"></pre><pre id="en" lang="en"></pre><script src="annotator.js"></script></html>\n',
    );
    server = await serveFolder(folder);
    browser = await launchChromium();
    page = await browser.newPage();
    problems = watchPage(page);
    await page.goto(server.url);
    await page.evaluate((shown) => {
      document.getElementById("ru")!.textContent = shown.ru;
      document.getElementById("en")!.textContent = shown.en;
    }, texts);
  }, 60_000);

  afterAll(async () => {
    // beforeAll may have failed before it opened them.
    await (browser as Browser | undefined)?.close();
    await (server as StaticServer | undefined)?.close();
    removeTemporaryFolders();
  });

  it(`uses the pinned @apache-annotator/dom ${pinned("@apache-annotator/dom")}, on a page that shows both texts as they are`, async () => {
    expect(installedVersion("@apache-annotator/dom")).toBe(pinned("@apache-annotator/dom"));
    expect(installedVersion("@apache-annotator/selector")).toBe(
      pinned("@apache-annotator/selector"),
    );
    const shown = await page.evaluate(() => ({
      ru: document.getElementById("ru")!.textContent,
      en: document.getElementById("en")!.textContent,
    }));
    expect(shown).toEqual(texts);
    expect(anchorings).toHaveLength(165);
  });

  it("anchors every quote and every position to one range, the quote, the same for both", async () => {
    const anchored = await page.evaluate(async (list: Anchoring[]) => {
      const { createTextQuoteSelectorMatcher, createTextPositionSelectorMatcher } =
        window.annotator;
      const all = async (matcher: (scope: Node) => AsyncGenerator<Range>, scope: Node) => {
        const ranges: Range[] = [];
        for await (const range of matcher(scope)) ranges.push(range.cloneRange());
        return ranges;
      };
      const results: Anchored[] = [];
      for (const { id, language, quote, position } of list) {
        const scope = document.getElementById(language)!;
        const byQuote = await all(createTextQuoteSelectorMatcher(quote), scope);
        const byPosition = await all(createTextPositionSelectorMatcher(position), scope);
        const [a, b] = [byQuote[0], byPosition[0]];
        results.push({
          id,
          exact: quote.exact,
          quoteRanges: byQuote.map(String),
          positionRanges: byPosition.map(String),
          sameRange:
            a !== undefined &&
            b !== undefined &&
            a.compareBoundaryPoints(Range.START_TO_START, b) === 0 &&
            a.compareBoundaryPoints(Range.END_TO_END, b) === 0,
        });
      }
      return results;
    }, anchorings);
    expect(anchored).toHaveLength(anchorings.length);
    for (const result of anchored) {
      expect(result.quoteRanges, result.id).toEqual([result.exact]);
      expect(result.positionRanges, result.id).toEqual([result.exact]);
      expect(result.sameRange, result.id).toBe(true);
    }
    expect(problems).toEqual({ errors: [], offline: [] });
  }, 60_000);

  it("would find a quote without its context more than once where the text repeats it", async () => {
    const europe = anchorings.find((a) => a.language === "ru" && a.quote.prefix !== "")!;
    const count = await page.evaluate(async (quote) => {
      const matcher = window.annotator.createTextQuoteSelectorMatcher({
        type: "TextQuoteSelector",
        exact: quote.exact,
      });
      const ranges: Range[] = [];
      for await (const range of matcher(document.getElementById("ru")!)) ranges.push(range);
      return ranges.length;
    }, europe.quote);
    expect(count).toBeGreaterThan(1);
  });
});
