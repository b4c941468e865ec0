// The `version` script, which `npm version X.Y.Z` runs after it has set the version in
// package.json and before it commits: copies that version into src/version.ts (a literal, not
// an import of package.json, which bundlers would inline whole and which JSR accepts only as an
// import with attributes) and into jsr.json. The `version` script then stages both files, so
// the version commit holds them.
//   node scripts/sync-version.mjs [root]
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

/** The line of src/version.ts that holds the version literal. */
const literal = /^const packageVersion = "[^"]*";$/m;

/**
 * Writes package.json's version into src/version.ts and jsr.json under `root`; returns it.
 * @param {URL} root the repository's folder, as a URL ending in `/`
 * @returns {string}
 */
export function syncVersion(root) {
  const read = (/** @type {string} */ path) => readFileSync(new URL(path, root), "utf8");
  /** @type {unknown} */
  const manifest = JSON.parse(read("package.json"));
  const { version } = /** @type {{ version: string }} */ (manifest);
  const source = read("src/version.ts");
  if (!literal.test(source)) throw new Error(`src/version.ts has no line matching ${literal}`);
  writeFileSync(
    new URL("src/version.ts", root),
    source.replace(literal, `const packageVersion = ${JSON.stringify(version)};`),
  );
  const jsr = read("jsr.json");
  const versionField = /^ {2}"version": "[^"]*",$/m;
  if (!versionField.test(jsr)) throw new Error(`jsr.json has no line matching ${versionField}`);
  writeFileSync(
    new URL("jsr.json", root),
    jsr.replace(versionField, `  "version": ${JSON.stringify(version)},`),
  );
  return version;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const folder = process.argv[2];
  const root = folder
    ? pathToFileURL(`${folder.replace(/\/$/, "")}/`)
    : new URL("../", import.meta.url);
  console.log(`sync-version: src/version.ts and jsr.json now say ${syncVersion(root)}.`);
}
