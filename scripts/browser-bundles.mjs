// Browser bundles of a small page that uses the package, made the way a web
// app would make them: with esbuild and with Vite, minified. Shared by the
// browser test (which runs them in Chromium) and the benchmark (which prints
// their sizes).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build as esbuild } from "esbuild";
import { gzipSize, packageName } from "./sizes.mjs";

/**
 * The page's script. It writes what it found into `document.body.dataset.result`
 * (JSON), so a test can compare it with the package's data.
 * @param {{ schema: boolean }} options whether the page also uses `./schema` (and so zod)
 */
export function pageScript({ schema }) {
  const lines = [
    `import { article, getEntity, getTopics, version } from "${packageName}";`,
    schema ? `import { parseArticle, safeParseArticle } from "${packageName}/schema";` : "",
    "const result = {",
    "  version,",
    "  date: article.event.date,",
    "  frozen: Object.isFrozen(article.entities[0].mentions[0]),",
    '  topics: getTopics({ category: "cooperation-area" }).map((topic) => topic.label.en),',
    '  wikidata: getEntity("turkmenistan")?.identifiers.find((i) => i.scheme === "wikidata")?.identifier,',
    "};",
    schema
      ? [
          "const parsed = parseArticle(JSON.parse(JSON.stringify(article)));",
          "result.parsedEqual = JSON.stringify(parsed) === JSON.stringify(article);",
          "result.parsedFrozen = Object.isFrozen(parsed.entities[0]);",
          "result.rejected = !safeParseArticle({ ...article, event: null }).success;",
        ].join("\n")
      : "",
    "document.body.dataset.result = JSON.stringify(result);",
  ];
  return lines.filter(Boolean).join("\n") + "\n";
}

/** The page's HTML, loading `script` as a module. */
const html = (/** @type {string} */ script) =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bundle</title>` +
  `<script type="module" src="${script}"></script></head><body></body></html>\n`;

/**
 * Writes the page's source (index.html and main.js) into `folder`.
 * @param {string} folder
 * @param {{ schema: boolean }} options
 */
function writePage(folder, options) {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "main.js"), pageScript(options));
  writeFileSync(join(folder, "index.html"), html("./main.js"));
}

/**
 * Bundles the page with esbuild (browser platform, minified) into `outDir`
 * (index.html + bundle.js).
 * @param {string} pageDir where to write the page's source; the package must resolve from it
 * @param {string} outDir
 * @param {{ schema: boolean }} options
 * @returns {Promise<{ gzipBytes: number, inputs: string[] }>} min+gzip size of the bundle
 */
export async function esbuildPage(pageDir, outDir, options) {
  writePage(pageDir, options);
  mkdirSync(outDir, { recursive: true });
  const result = await esbuild({
    entryPoints: [join(pageDir, "main.js")],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    charset: "utf8",
    outfile: join(outDir, "bundle.js"),
    metafile: true,
    logLevel: "silent",
  });
  writeFileSync(join(outDir, "index.html"), html("./bundle.js"));
  return {
    gzipBytes: gzipSize(readFileSync(join(outDir, "bundle.js"))),
    inputs: Object.keys(result.metafile.inputs),
  };
}

/**
 * Bundles the page with Vite (production build, minified) into `outDir`.
 * @param {string} pageDir where to write the page's source; the package must resolve from it
 * @param {string} outDir
 * @param {{ schema: boolean }} options
 * @returns {Promise<{ gzipBytes: number }>} min+gzip size of the page's JavaScript
 */
export async function vitePage(pageDir, outDir, options) {
  writePage(pageDir, options);
  const { build } = await import("vite");
  await build({
    root: pageDir,
    base: "./",
    configFile: false,
    logLevel: "silent",
    build: { outDir, emptyOutDir: true, target: "es2022" },
  });
  const assets = join(outDir, "assets");
  const scripts = readdirSync(assets).filter((file) => file.endsWith(".js"));
  return {
    gzipBytes: scripts.reduce((sum, file) => sum + gzipSize(readFileSync(join(assets, file))), 0),
  };
}
