// The package as it comes out of git, from a local bare repository holding a
// commit of the working tree:
// - a maintainer's `npm pack` in a fresh clone (no dist/) builds first (the
//   `prepare` script) and gives, byte for byte, the tarball the other tests
//   check: two builds of the same commit are identical, and what is published
//   is what was tested. The clone reuses this repository's node_modules (the
//   same lockfile) instead of a slow `npm ci`;
// - a user's `npm install git+file://…#<commit>` (a git dependency) clones the
//   commit, installs its dev dependencies, runs `prepare` and installs the
//   result. Offline: npm takes every dev dependency from its cache, which
//   `npm ci` filled; zod, the peer, is linked from this repository.
// Both run at once, in one file, so that the slow git install overlaps the pack.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bareRepositoryOfWorkingTree } from "./git-snapshot";
import {
  pack,
  packageName,
  removeTemporaryFolders,
  repoRoot,
  temporaryFolder,
  type Packed,
} from "./pack";

const run = promisify(execFile);
const manifest = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
  version: string;
};
const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/** Every file under `folder`, relative to it, sorted. */
const filesUnder = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();

/** Clones the bare repository afresh and runs `npm pack` there, as a maintainer would. */
async function packFreshClone(
  bare: string,
  commit: string,
): Promise<Packed & { hadDist: boolean }> {
  const clone = join(temporaryFolder("clone"), "repo");
  await run("git", ["clone", "--quiet", bare, clone]);
  const { stdout: head } = await run("git", ["rev-parse", "HEAD"], { cwd: clone });
  expect(head.trim()).toBe(commit);
  const hadDist = existsSync(join(clone, "dist"));
  symlinkSync(join(repoRoot, "node_modules"), join(clone, "node_modules"), "dir");
  const destination = temporaryFolder("clone-pack");
  // No --json: npm prints the build's output to stdout too.
  await run("npm", ["pack", "--pack-destination", destination], { cwd: clone });
  const [filename] = readdirSync(destination);
  const tarball = join(destination, filename!);
  const { stdout: list } = await run("tar", ["-tzf", tarball]);
  const files = list
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => line.replace(/^package\//, ""))
    .sort();
  return { tarball, files, hadDist };
}

/** Installs the package as a git dependency at `commit` into a new consumer project. */
async function installFromGit(bare: string, commit: string): Promise<string> {
  const consumer = temporaryFolder("git-consumer");
  writeFileSync(
    join(consumer, "package.json"),
    JSON.stringify({
      name: "git-consumer",
      version: "1.0.0",
      private: true,
      dependencies: { zod: `file:${join(repoRoot, "node_modules", "zod")}` },
    }),
  );
  const spec = `git+file://${bare}#${commit}`;
  await run("npm", ["install", "--offline", "--no-audit", "--no-fund", spec], { cwd: consumer });
  return consumer;
}

let tested: Packed;
let fromClone: Packed & { hadDist: boolean };
let consumer: string;
beforeAll(async () => {
  tested = pack();
  const { bare, commit } = bareRepositoryOfWorkingTree();
  [fromClone, consumer] = await Promise.all([
    packFreshClone(bare, commit),
    installFromGit(bare, commit),
  ]);
}, 600_000);
afterAll(removeTemporaryFolders);

describe("npm pack in a fresh clone", () => {
  it("builds first and packs the whole package, dist/ included", () => {
    expect(fromClone.hadDist, "a fresh clone has no dist/").toBe(false);
    expect(fromClone.files).toContain("dist/index.js");
    expect(fromClone.files).toContain("dist/index.cjs");
    expect(fromClone.files).toContain("dist/article.json");
    expect(fromClone.files).toEqual(tested.files);
  });

  it("gives the same tarball, byte for byte, as the one the tests check", () => {
    expect(sha256(fromClone.tarball)).toBe(sha256(tested.tarball));
  });
});

describe("npm install from a git repository at a commit", () => {
  const node = async (args: string[]) =>
    (await run(process.execPath, args, { cwd: consumer })).stdout.trim();

  it("installs exactly the files of the tarball the other tests check", async () => {
    const installed = join(consumer, "node_modules", packageName);
    const unpacked = temporaryFolder("tested");
    await run("tar", ["-xzf", tested.tarball, "-C", unpacked]);
    const expected = join(unpacked, "package");
    expect(filesUnder(installed)).toEqual(filesUnder(expected));
    for (const file of filesUnder(expected)) {
      const same = readFileSync(join(installed, file)).equals(readFileSync(join(expected, file)));
      expect(same, file).toBe(true);
    }
  });

  it("gives a main entry that ESM imports", async () => {
    const script = `import { article, version, getTopics } from "${packageName}";
console.log(version, article.event.date, getTopics().length);`;
    expect(await node(["--input-type=module", "-e", script])).toBe(
      `${manifest.version} 2016-05-18 10`,
    );
  });

  it("gives a main entry that CommonJS requires", async () => {
    const script = `const { article, version, getTopics } = require("${packageName}");
console.log(version, article.event.date, getTopics().length);`;
    expect(await node(["-e", script])).toBe(`${manifest.version} 2016-05-18 10`);
  });
});
