// A git dependency, as users depend on the package before (or instead of)
// the registry: `npm install git+file://…#<commit>` clones the commit, installs
// the dev dependencies, runs `prepare` (the build) and installs the result.
// Offline: npm takes every dev dependency from its cache, which `npm ci` filled;
// zod, the peer, is linked from this repository.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bareRepositoryOfWorkingTree } from "./git-snapshot";
import { pack, packageName, removeTemporaryFolders, repoRoot, temporaryFolder } from "./pack";

const manifest = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));

/** Every file under `folder`, relative to it, sorted. */
const filesUnder = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();

let consumer: string;
let installed: string;
beforeAll(() => {
  const { bare, commit } = bareRepositoryOfWorkingTree();
  consumer = temporaryFolder("git-consumer");
  writeFileSync(
    join(consumer, "package.json"),
    JSON.stringify({
      name: "git-consumer",
      version: "1.0.0",
      private: true,
      dependencies: { zod: `file:${join(repoRoot, "node_modules", "zod")}` },
    }),
  );
  execFileSync(
    "npm",
    ["install", "--offline", "--no-audit", "--no-fund", `git+file://${bare}#${commit}`],
    { cwd: consumer, stdio: "pipe" },
  );
  installed = join(consumer, "node_modules", packageName);
}, 600_000);
afterAll(removeTemporaryFolders);

const run = (args: string[]) =>
  execFileSync(process.execPath, args, { cwd: consumer, encoding: "utf8", stdio: "pipe" });

describe("npm install from a git repository at a commit", () => {
  it("installs exactly the files of the tarball the other tests check", () => {
    const tested = temporaryFolder("tested");
    execFileSync("tar", ["-xzf", pack().tarball, "-C", tested]);
    const expected = join(tested, "package");
    expect(filesUnder(installed)).toEqual(filesUnder(expected));
    for (const file of filesUnder(expected)) {
      expect(
        readFileSync(join(installed, file)).equals(readFileSync(join(expected, file))),
        file,
      ).toBe(true);
    }
  });

  it("gives a main entry that ESM imports", () => {
    const script = `import { article, version, getTopics } from "${packageName}";
console.log(version, article.event.date, getTopics().length);`;
    expect(run(["--input-type=module", "-e", script]).trim()).toBe(
      `${manifest.version} 2016-05-18 10`,
    );
  });

  it("gives a main entry that CommonJS requires", () => {
    const script = `const { article, version, getTopics } = require("${packageName}");
console.log(version, article.event.date, getTopics().length);`;
    expect(run(["-e", script]).trim()).toBe(`${manifest.version} 2016-05-18 10`);
  });
});
