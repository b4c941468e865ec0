// The package as a user gets it from git: `npm install git+file://…#<commit>`
// (a git dependency) from a local bare repository holding a commit of the
// working tree. npm clones the commit, which has no dist/, installs its dev
// dependencies, runs `prepare` (the build) and installs the result, which must
// be, file for file and byte for byte, the tarball the other tests check: a
// build from a clean checkout gives what was tested. Offline: npm takes every
// dev dependency from its cache, which `npm ci` filled; zod, the peer, is
// linked from this repository.
import { execFile } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { bareRepositoryOfWorkingTree, type GitSnapshot } from "../support/git-snapshot";
import { packageName, removeTemporaryFolders, repoRoot, temporaryFolder } from "../support/pack";

const run = promisify(execFile);
const manifest = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
  version: string;
};

/** Every file under `folder`, relative to it, sorted. */
const filesUnder = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();

/** Installs the package as a git dependency at `commit` into a new consumer project. */
async function installFromGit({ bare, commit }: GitSnapshot): Promise<string> {
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
  try {
    await run("npm", ["install", "--offline", "--no-audit", "--no-fund", spec], { cwd: consumer });
  } catch (error) {
    if (!String(error).includes("ENOTCACHED")) throw error;
    throw new Error(
      "npm's cache lacks a dev dependency (after `npm install` of a new one?): run `npm ci`, which fills the cache, then test again",
      { cause: error },
    );
  }
  return consumer;
}

let snapshot: GitSnapshot;
let consumer: string;
beforeAll(async () => {
  snapshot = bareRepositoryOfWorkingTree();
  consumer = await installFromGit(snapshot);
}, 600_000);
afterAll(removeTemporaryFolders);

describe("npm install from a git repository at a commit", () => {
  const node = async (args: string[]) =>
    (await run(process.execPath, args, { cwd: consumer })).stdout.trim();

  it("installs from a commit that holds no dist/, so the install built it", async () => {
    const { stdout } = await run("git", ["ls-tree", "-r", "--name-only", snapshot.commit], {
      cwd: snapshot.bare,
    });
    const committed = stdout.split("\n");
    expect(committed).toContain("package.json");
    expect(committed.filter((path) => path.startsWith("dist/"))).toEqual([]);
  });

  it("installs exactly the files of the tarball the other tests check, byte for byte", async () => {
    const installed = join(consumer, "node_modules", packageName);
    const unpacked = temporaryFolder("tested");
    await run("tar", ["-xzf", inject("packed").tarball, "-C", unpacked]);
    const expected = join(unpacked, "package");
    expect(filesUnder(installed)).toEqual(filesUnder(expected));
    expect(filesUnder(installed)).toContain("dist/index.js");
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
