// A maintainer's pack from a fresh clone (no dist/): `npm pack` builds first
// (the `prepare` script) and gives, byte for byte, the tarball the other tests
// check, so two builds of the same commit are identical and what is published
// is what was tested. The clone reuses this repository's node_modules (the
// same lockfile) instead of a slow `npm ci`.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bareRepositoryOfWorkingTree } from "./git-snapshot";
import { pack, removeTemporaryFolders, repoRoot, temporaryFolder, type Packed } from "./pack";

const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

let tested: Packed;
let fromClone: Packed;
let clone: string;
beforeAll(() => {
  tested = pack();
  const { bare, commit } = bareRepositoryOfWorkingTree();
  clone = join(temporaryFolder("clone"), "repo");
  execFileSync("git", ["clone", "--quiet", bare, clone]);
  expect(execFileSync("git", ["rev-parse", "HEAD"], { cwd: clone, encoding: "utf8" }).trim()).toBe(
    commit,
  );
  expect(existsSync(join(clone, "dist")), "a fresh clone has no dist/").toBe(false);
  symlinkSync(join(repoRoot, "node_modules"), join(clone, "node_modules"), "dir");
  const destination = temporaryFolder("clone-pack");
  // No --json: npm prints the build's output to stdout too.
  execFileSync("npm", ["pack", "--pack-destination", destination], { cwd: clone, stdio: "pipe" });
  const [filename] = readdirSync(destination);
  const tarball = join(destination, filename!);
  const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" })
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => line.replace(/^package\//, ""))
    .sort();
  fromClone = { tarball, files };
}, 300_000);
afterAll(removeTemporaryFolders);

describe("npm pack in a fresh clone", () => {
  it("builds first and packs the whole package, dist/ included", () => {
    expect(fromClone.files).toContain("dist/index.js");
    expect(fromClone.files).toContain("dist/index.cjs");
    expect(fromClone.files).toContain("dist/article.json");
    expect(fromClone.files).toEqual(tested.files);
  });

  it("gives the same tarball, byte for byte, as the one the tests check", () => {
    expect(sha256(fromClone.tarball)).toBe(sha256(tested.tarball));
  });
});
