// `npm version X.Y.Z` sets the version in package.json, then runs the `version` script, which
// copies it into src/version.ts and jsr.json and stages them for the version commit. The
// version is a literal in src/version.ts: importing package.json would bundle the whole file
// into dist/, and JSR takes JSON only as an import with attributes.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeTemporaryFolders, repoRoot, temporaryFolder } from "../support/pack";

const read = (root: string, path: string) => readFileSync(join(root, path), "utf8");
const manifest = JSON.parse(read(repoRoot, "package.json")) as {
  name: string;
  version: string;
  scripts: Record<string, string>;
};

afterAll(removeTemporaryFolders);

describe("the version in src/version.ts and jsr.json", () => {
  it("is package.json's, and so is the name beside it", () => {
    expect(read(repoRoot, "src/version.ts")).toContain(
      `const packageVersion = "${manifest.version}";`,
    );
    expect(read(repoRoot, "src/version.ts")).toContain(
      `export const packageName = "${manifest.name}";`,
    );
    expect((JSON.parse(read(repoRoot, "jsr.json")) as { version: string }).version).toBe(
      manifest.version,
    );
  });

  it("is copied from package.json by the version script, which stages both files", () => {
    expect(manifest.scripts.version).toBe(
      "node scripts/sync-version.mjs && git add src/version.ts jsr.json",
    );
    const root = temporaryFolder("version-sync");
    mkdirSync(join(root, "src"));
    for (const file of ["src/version.ts", "jsr.json"])
      cpSync(join(repoRoot, file), join(root, file));
    writeFileSync(
      join(root, "package.json"),
      read(repoRoot, "package.json").replace(
        `"version": "${manifest.version}"`,
        '"version": "12.34.56"',
      ),
    );
    execFileSync(process.execPath, ["scripts/sync-version.mjs", root], {
      cwd: repoRoot,
      stdio: "pipe",
    });
    expect(read(root, "src/version.ts")).toBe(
      read(repoRoot, "src/version.ts").replace(
        `const packageVersion = "${manifest.version}";`,
        'const packageVersion = "12.34.56";',
      ),
    );
    expect(JSON.parse(read(root, "jsr.json"))).toEqual({
      ...(JSON.parse(read(repoRoot, "jsr.json")) as object),
      version: "12.34.56",
    });
  });
});
