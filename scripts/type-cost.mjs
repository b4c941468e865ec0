// What type-checking a consumer of this package costs: a consumer project is
// written to a folder, checked with `tsc --extendedDiagnostics --listFiles`,
// and the compiler's own counts are read back. Shared by the benchmark (which
// prints files, instantiations, memory and check time) and the tests (which
// hold the deterministic counts to budget).
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packageName } from "./sizes.mjs";

/** What each consumer file imports, by name; `empty` is the baseline every other is compared with. */
export const consumerSources = {
  empty: "export {};\n",
  "main entry": [
    `import { article, getParticipants } from "${packageName}";`,
    "export const date = article.event.date;",
    'export const chair = getParticipants({ role: "chair" });',
    "",
  ].join("\n"),
  "./schema": [
    `import { parseArticle } from "${packageName}/schema";`,
    "export const parsed = parseArticle({});",
    "",
  ].join("\n"),
  "zod alone": ['import * as z from "zod";', "export const id = z.string();", ""].join("\n"),
};

/**
 * A new user's settings: `module: nodenext`, strict, no `skipLibCheck`, and
 * the default libraries of the target (DOM included); no `@types` packages.
 */
const compilerOptions = {
  module: "nodenext",
  moduleResolution: "nodenext",
  target: "es2022",
  types: [],
  strict: true,
  skipLibCheck: false,
  noEmit: true,
};

/**
 * Writes the consumer `name` of {@link consumerSources} as `<folder>/<name>/`:
 * a tsconfig and one `index.mts`. Returns the project's folder.
 * @param {string} folder a folder whose `node_modules` holds the package (and zod, if wanted)
 * @param {keyof typeof consumerSources} name
 * @param {Record<string, unknown>} [options] compiler options to set besides the defaults
 */
export function writeCostConsumer(folder, name, options = {}) {
  const project = join(folder, `cost-${name.replace(/\W+/g, "-")}`);
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, "index.mts"), consumerSources[name]);
  writeFileSync(
    join(project, "tsconfig.json"),
    JSON.stringify(
      { compilerOptions: { ...compilerOptions, ...options }, files: ["index.mts"] },
      null,
      2,
    ),
  );
  return project;
}

/**
 * @typedef {object} TypeCheckCost
 * @property {string[]} files every file in the program (`--listFiles`)
 * @property {number} declarationFiles how many of them are declaration files
 * @property {number} instantiations type instantiations
 * @property {number} memoryKiB memory used, as the compiler reports it
 * @property {number} checkSeconds check time
 * @property {string} errors the compiler's error output, empty when the check passed
 */

/**
 * Type-checks `project` with the compiler at `tsc` (path of its `bin/tsc`).
 * @param {string} tsc
 * @param {string} project
 * @returns {TypeCheckCost}
 */
export function typeCheckCost(tsc, project) {
  /** @type {string} */
  let output;
  try {
    output = execFileSync(
      process.execPath,
      [tsc, "-p", project, "--extendedDiagnostics", "--listFiles"],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
  } catch (error) {
    output = /** @type {{ stdout: string }} */ (error).stdout;
  }
  const lines = output.split("\n").map((line) => line.trim());
  const errors = lines.filter((line) => /error TS\d+/.test(line));
  const files = lines.filter((line) => line.startsWith("/") && !errors.includes(line));
  /** @param {string} label */
  const figure = (label) => {
    const line = lines.find((candidate) => candidate.startsWith(`${label}:`));
    if (!line) throw new Error(`tsc printed no "${label}":\n${output}`);
    return Number(
      line
        .slice(label.length + 1)
        .trim()
        .replace(/[Ks]$/, ""),
    );
  };
  return {
    files,
    declarationFiles: files.filter((file) => /\.d\.[cm]?ts$/.test(file)).length,
    instantiations: figure("Instantiations"),
    memoryKiB: figure("Memory used"),
    checkSeconds: figure("Check time"),
    errors: errors.join("\n"),
  };
}
