// The repository's layout, as CONTRIBUTING.md describes it, so that a newcomer can walk it: every
// source file's name says its job and is unique, no import circle, test/ one folder per layer,
// the tests of a source file named after it, and a README short enough for its users.
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/pack";

/** Every file under `folder` (relative to the repository), recursively, in sorted order. */
function filesUnder(folder: string): string[] {
  return readdirSync(join(repoRoot, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(repoRoot, join(entry.parentPath, entry.name)))
    .sort();
}

const sourceFiles = filesUnder("src").filter((file) => file.endsWith(".ts"));
const read = (file: string) => readFileSync(join(repoRoot, file), "utf8");

/** The `src/` files that `file` imports, type-only imports included. */
function importsOf(file: string): string[] {
  const specifiers = [...read(file).matchAll(/^(?:import|export)\b[^;]*?from "(\.[^"]*)"/gms)];
  return specifiers
    .map((match) => join(dirname(file), match[1]!))
    .map((target) => (sourceFiles.includes(`${target}.ts`) ? `${target}.ts` : `${target}/index.ts`))
    .filter((target) => sourceFiles.includes(target));
}

describe("src/", () => {
  it("has no two files with the same base name, but the entries' index.ts", () => {
    const names = sourceFiles.map((file) => basename(file)).filter((name) => name !== "index.ts");
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it("has no import circle, type-only imports included", () => {
    const circles: string[] = [];
    const visit = (file: string, path: readonly string[]) => {
      if (path.includes(file)) {
        circles.push([...path.slice(path.indexOf(file)), file].join(" → "));
        return;
      }
      for (const target of importsOf(file)) visit(target, [...path, file]);
    };
    for (const file of sourceFiles) visit(file, []);
    expect(circles).toEqual([]);
  });

  it("reads imports the way the circle check needs (a known edge)", () => {
    expect(importsOf("src/schema/article-schema.ts")).toContain("src/schema/cross-field-checks.ts");
    expect(importsOf("src/index.ts")).toContain("src/article-types.ts");
  });

  it("is mapped in CONTRIBUTING.md, file by file, with every top-level folder", () => {
    const contributing = read("CONTRIBUTING.md");
    const folders = readdirSync(repoRoot, { withFileTypes: true })
      .filter(
        (entry) => entry.isDirectory() && !["node_modules", "dist", ".git"].includes(entry.name),
      )
      .filter((entry) => !["coverage", "test-results", ".stryker-tmp"].includes(entry.name))
      .map((entry) => `${entry.name}/`);
    const mapped = [...contributing.matchAll(/^\| `([^`]+)` +\|/gm)].map((match) => match[1]);
    for (const path of [...sourceFiles, ...folders]) expect(mapped, path).toContain(path);
  });
});

describe("test/", () => {
  it("holds only its layer folders and the global setup: at most 10 entries", () => {
    const entries = readdirSync(join(repoRoot, "test")).sort();
    expect(entries).toEqual([
      "browser",
      "built",
      "global-setup.ts",
      "packed",
      "release",
      "runtimes",
      "source",
      "support",
      "tooling",
    ]);
    expect(entries.length).toBeLessThanOrEqual(10);
  });

  it("names every source test after the src/ file it tests", () => {
    const tests = filesUnder("test/source").filter((file) => /\.test(-d)?\.ts$/.test(file));
    const orphans = tests.filter((test) => {
      const stem = test.replace(/^test\/source\//, "src/").replace(/\.test(-d)?\.ts$/, "");
      return !sourceFiles.some(
        (file) => file === `${stem}.ts` || stem.startsWith(`${file.slice(0, -".ts".length)}.`),
      );
    });
    expect(orphans).toEqual([]);
  });

  it("names no test file after an edition or an issue", () => {
    const named = filesUnder("test").filter((file) => /edition|issue[-_]?\d/i.test(basename(file)));
    expect(named).toEqual([]);
  });
});

describe("README.md", () => {
  it("is for users: at most 450 lines, development detail in CONTRIBUTING.md", () => {
    const readme = read("README.md");
    expect(readme.split("\n").length).toBeLessThanOrEqual(450);
    expect(readme).toContain("npm ci && npm run viewer");
    expect(readme).toContain("(CONTRIBUTING.md)");
    for (const detail of ["test:mutation", "npm run locate", "fragment:", "lint:eslint"]) {
      expect(readme, detail).not.toContain(detail);
    }
  });
});
