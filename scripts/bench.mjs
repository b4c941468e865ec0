// npm run bench: how each public function's cost grows with its input (scripts/scaling.mjs), import
// cost, sizes and consumer type-check cost, printed side by side with a baseline in one run. Not a
// test: figures vary by machine; the deterministic budgets (no zod in bundles or in the main
// entry's types, bundle size vs the data, reads per item) are asserted in the tests.
//
// Import cost: each case is a fresh `node` process, alternated round-robin
// with a bare `node` start of the same module type, RUNS rounds. Each child
// reports its own elapsed time (performance.now(), from its time origin to the
// end of its script: less noisy than timing the spawn) and its peak resident
// memory (maxRSS); the table gives medians.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { consumerBundle, dataFloor, minifiedGzipSize, packageName } from "./sizes.mjs";
import { consumerSources, typeCheckCost, writeCostConsumer } from "./type-cost.mjs";
import { esbuildPage, vitePage } from "./browser-bundles.mjs";
import { printScaling } from "./scaling.mjs";

await printScaling();
console.log();

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const root = fileURLToPath(new URL("..", import.meta.url));
// Each child prints: its elapsed time (performance.now(), from its time origin
// to the end of its script), the time the import itself took, and maxRSS.
const script = (/** @type {string} */ load) =>
  `const t0 = performance.now(); ${load}; const t1 = performance.now();` +
  "process.stdout.write(`${performance.now()} ${t1 - t0} ${process.resourceUsage().maxRSS}`)";
/** @param {string} [specifier] */
const esm = (specifier) => [
  "--input-type=module",
  "-e",
  script(specifier ? `await import(${JSON.stringify(specifier)})` : ""),
];
/** @param {string} [specifier] */
const cjs = (specifier) => ["-e", script(specifier ? `require(${JSON.stringify(specifier)})` : "")];

// The ESM loader has a fixed cost the first time it imports a file; importing
// an empty file shows that cost apart from this package's own.
const scratch = mkdtempSync(join(tmpdir(), "bench-"));
const emptyModule = join(scratch, "empty.mjs");
writeFileSync(emptyModule, "");

/** @type {{ name: string, baseline?: string, args: string[] }[]} */
const cases = [
  { name: "bare node (CJS)", args: cjs() },
  { name: "main entry, require", baseline: "bare node (CJS)", args: cjs(packageName) },
  { name: "./schema, require", baseline: "bare node (CJS)", args: cjs(`${packageName}/schema`) },
  { name: "./formats, require", baseline: "bare node (CJS)", args: cjs(`${packageName}/formats`) },
  { name: "bare node (ESM)", args: esm() },
  {
    name: "an empty .mjs file, import",
    baseline: "bare node (ESM)",
    args: esm(pathToFileURL(emptyModule).href),
  },
  { name: "main entry, import", baseline: "bare node (ESM)", args: esm(packageName) },
  { name: "./schema, import", baseline: "bare node (ESM)", args: esm(`${packageName}/schema`) },
  { name: "./formats, import", baseline: "bare node (ESM)", args: esm(`${packageName}/formats`) },
];

const median = (/** @type {number[]} */ values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const at = (/** @type {number} */ index) => sorted[index] ?? Number.NaN;
  return sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
};

const signed = (/** @type {number} */ value, /** @type {number} */ digits) =>
  `${value >= 0 ? "+" : ""}${value.toFixed(digits)}`;

/** @typedef {{ ms: number[], importMs: number[], kib: number[] }} Samples */
/** @type {Map<string, Samples>} */
const samples = new Map(cases.map((c) => [c.name, { ms: [], importMs: [], kib: [] }]));
const samplesOf = (/** @type {string} */ name) => {
  const found = samples.get(name);
  if (found === undefined) throw new Error(`no samples for ${name}`);
  return found;
};
for (let round = 0; round < RUNS; round++) {
  for (const c of cases) {
    const child = spawnSync(process.execPath, c.args, { cwd: root, encoding: "utf8" });
    if (child.status !== 0) throw new Error(`${c.name} failed: ${child.stderr}`);
    const [ms = Number.NaN, importMs = Number.NaN, kib = Number.NaN] = child.stdout
      .split(" ")
      .map(Number);
    samplesOf(c.name).ms.push(ms);
    samplesOf(c.name).importMs.push(importMs);
    samplesOf(c.name).kib.push(kib);
  }
}

rmSync(scratch, { recursive: true, force: true });

console.log(`Import cost: Node ${process.version}, ${RUNS} alternated runs per case, medians\n`);
console.log(
  "| case | process time (ms) | vs baseline | the import alone (ms) | peak RSS (MiB) | vs baseline |",
);
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const c of cases) {
  const { ms, importMs, kib } = samplesOf(c.name);
  const time = median(ms);
  const memory = median(kib) / 1024;
  let timeVs = "baseline";
  let memoryVs = "baseline";
  if (c.baseline) {
    const base = samplesOf(c.baseline);
    const baseTime = median(base.ms);
    const baseMemory = median(base.kib) / 1024;
    timeVs = `${signed((time / baseTime - 1) * 100, 1)}% (${signed(time - baseTime, 1)} ms)`;
    memoryVs = `${signed(memory - baseMemory, 2)} MiB`;
  }
  const importTime = c.baseline ? median(importMs).toFixed(1) : "–";
  console.log(
    `| ${c.name} | ${time.toFixed(1)} | ${timeVs} | ${importTime} | ${memory.toFixed(1)} | ${memoryVs} |`,
  );
}

const dist = (/** @type {string} */ file) =>
  fileURLToPath(new URL(`../dist/${file}`, import.meta.url));
const floor = dataFloor(dist("article.json"));
console.log("\nSizes: minified with esbuild, gzip level 9 (zod not included: it is a peer)\n");
console.log("| what | min+gzip (bytes) | vs the data's own minified JSON |");
console.log("| --- | ---: | ---: |");
console.log(`| article.json, minified (the floor) | ${floor} | 1.00× |`);
for (const file of [
  "index.js",
  "index.cjs",
  "schema.js",
  "schema.cjs",
  "formats.js",
  "formats.cjs",
]) {
  const bytes = await minifiedGzipSize(dist(file));
  console.log(`| dist/${file} | ${bytes} | ${(bytes / floor).toFixed(2)}× |`);
}
for (const name of ["article", "getTopics"]) {
  const { gzipBytes, inputs } = await consumerBundle(name, root);
  const zod = inputs.some((input) => input.includes("zod")) ? ", includes zod!" : "";
  console.log(
    `| bundle importing only \`${name}\` | ${gzipBytes} | ${(gzipBytes / floor).toFixed(2)}×${zod} |`,
  );
}
// The browser page of the bundle test, bundled for the browser by esbuild and
// by Vite; its folder is inside the repository so the package resolves by name.
const pages = mkdtempSync(join(root, ".bench-browser-"));
/** @type {[string, typeof esbuildPage | typeof vitePage][]} */
const bundlers = [
  ["esbuild", esbuildPage],
  ["Vite", vitePage],
];
for (const [bundler, bundle] of bundlers) {
  for (const schema of [false, true]) {
    const name = `${bundler}-${schema ? "schema" : "main"}`;
    const { gzipBytes } = await bundle(join(pages, name), join(pages, `${name}-out`), { schema });
    const what = schema ? "main entry and `./schema`, with zod" : "main entry";
    console.log(
      `| browser page bundled by ${bundler}: ${what} | ${gzipBytes} | ${(gzipBytes / floor).toFixed(2)}× |`,
    );
  }
}
rmSync(pages, { recursive: true, force: true });

// Type-check cost for a consumer: one project per consumer file, its
// node_modules linking this package and zod, checked by each compiler
// TYPE_RUNS times (counts are deterministic; time and memory are medians).
const TYPE_RUNS = Number(process.env.BENCH_TYPE_RUNS ?? 3);
const compilers = ["typescript", "typescript-7.0"];
const consumers = mkdtempSync(join(tmpdir(), "bench-types-"));
mkdirSync(join(consumers, "node_modules"));
symlinkSync(root, join(consumers, "node_modules", packageName), "dir");
symlinkSync(join(root, "node_modules", "zod"), join(consumers, "node_modules", "zod"), "dir");
console.log(
  `\nConsumer type-check cost: tsc --extendedDiagnostics, module nodenext, strict, no skipLibCheck, ${TYPE_RUNS} runs, medians\n`,
);
console.log(
  "| TypeScript | consumer file | declaration files | type instantiations | memory (MiB) | check time (s) |",
);
console.log("| --- | --- | ---: | ---: | ---: | ---: |");
for (const folder of compilers) {
  /** @type {unknown} */
  const manifest = JSON.parse(
    readFileSync(join(root, "node_modules", folder, "package.json"), "utf8"),
  );
  const label = /** @type {{ version: string }} */ (manifest).version;
  const tsc = join(root, "node_modules", folder, "bin", "tsc");
  for (const name of /** @type {(keyof typeof consumerSources)[]} */ (
    Object.keys(consumerSources)
  )) {
    const project = writeCostConsumer(consumers, name);
    const runs = Array.from({ length: TYPE_RUNS }, () => typeCheckCost(tsc, project));
    const [first] = runs;
    if (first === undefined) throw new Error("BENCH_TYPE_RUNS must be at least 1");
    if (first.errors) throw new Error(`${name} does not type-check:\n${first.errors}`);
    const zod = first.files.some((file) => file.includes("/node_modules/zod/")) ? " (zod)" : "";
    const memory = median(runs.map((run) => run.memoryKiB)) / 1024;
    const check = median(runs.map((run) => run.checkSeconds));
    console.log(
      `| ${label} | ${name} | ${first.declarationFiles}${zod} | ${first.instantiations.toLocaleString("en")} | ${memory.toFixed(0)} | ${check.toFixed(2)} |`,
    );
  }
}
rmSync(consumers, { recursive: true, force: true });
