// The package as a user gets it from git: `npm install git+file://…#<commit>` (a git
// dependency) from a local bare repository holding a commit of the working tree, the way the
// README says, with `--strict-allow-scripts`. npm clones the commit, which has no dist/,
// installs its dev dependencies, runs `prepare` (the build) and installs the result. That
// `prepare` is an install script to npm, so a strict install fails until the consumer allows
// the repository's URL in its package.json (`npm install-scripts approve` cannot record a git
// source that is not on a known host). The installed files must be, byte for byte, the
// tarball the other tests check: a build from a clean checkout gives what was tested. Only
// package.json differs, because a git install runs `prepare` and never `prepack`, which cleans
// it. Offline: npm takes every dev dependency from its cache, which `npm ci` filled; zod, the
// peer, is linked from this repository.
import { execFile } from "node:child_process";
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { differingFiles, filesUnder, unpacked } from "../support/file-trees";
import { bareRepositoryOfWorkingTree, type GitSnapshot } from "../support/git-snapshot";
import { isolatedNpm, npmEnvironment } from "../support/npm-environment";
import { packageName, removeTemporaryFolders, repoRoot, temporaryFolder } from "../support/pack";

const run = promisify(execFile);
const manifest = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
  version: string;
};

/** What one `npm install` printed, and whether it succeeded. */
interface Outcome {
  consumer: string;
  ok: boolean;
  stderr: string;
}

/**
 * `npm install --strict-allow-scripts` of the package as a git dependency at `commit`, into a new
 * consumer project whose package.json has `allowScripts` when it is given.
 */
async function installFromGit(
  { bare, commit }: GitSnapshot,
  allowScripts?: Record<string, boolean>,
): Promise<Outcome> {
  const consumer = temporaryFolder("git-consumer");
  writeFileSync(
    join(consumer, "package.json"),
    JSON.stringify({
      name: "git-consumer",
      version: "1.0.0",
      private: true,
      dependencies: { zod: `file:${join(repoRoot, "node_modules", "zod")}` },
      ...(allowScripts && { allowScripts }),
    }),
  );
  const spec = `git+file://${bare}#${commit}`;
  const args = ["install", "--strict-allow-scripts", "--offline", spec];
  const env = npmEnvironment(isolatedNpm(temporaryFolder("npm-settings")));
  try {
    const { stderr } = await run("npm", args, { cwd: consumer, env });
    return { consumer, ok: true, stderr };
  } catch (error) {
    const { stderr } = error as { stderr: string };
    if (!stderr.includes("ENOTCACHED")) return { consumer, ok: false, stderr };
    throw new Error(
      "npm's cache lacks a dev dependency (after `npm install` of a new one?): run `npm ci`, which fills the cache, then test again",
      { cause: error },
    );
  }
}

/** What the README's Install section says: the git command, and the allowScripts key to add. */
const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
const readmeInstall = /^npm install --strict-allow-scripts "(git\+[^"#]+)#<tag-or-commit>"$/m.exec(
  readme,
);
const readmeKey = /^\{ "allowScripts": \{ "([^"]+)": true \} \}$/m.exec(readme);

let snapshot: GitSnapshot;
let refused: Outcome;
let approved: Outcome;
beforeAll(async () => {
  snapshot = bareRepositoryOfWorkingTree();
  // What the README tells users to add: the URL they install, without `#…`.
  const spec = `git+file://${snapshot.bare}#${snapshot.commit}`;
  const approval = { [spec.slice(0, spec.indexOf("#"))]: true };
  [refused, approved] = await Promise.all([
    installFromGit(snapshot),
    installFromGit(snapshot, approval),
  ]);
}, 600_000);
afterAll(removeTemporaryFolders);

describe("npm install --strict-allow-scripts from a git repository at a commit", () => {
  const node = async (args: string[]) =>
    (await run(process.execPath, args, { cwd: approved.consumer })).stdout.trim();
  const installed = () => join(approved.consumer, "node_modules", packageName);

  it("installs from a commit that holds no dist/, so the install built it", async () => {
    const { stdout } = await run("git", ["ls-tree", "-r", "--name-only", snapshot.commit], {
      cwd: snapshot.bare,
    });
    const committed = stdout.split("\n");
    expect(committed).toContain("package.json");
    expect(committed.filter((path) => path.startsWith("dist/"))).toEqual([]);
  });

  it("is allowed the way the README says: the URL installed, without its #…", () => {
    expect(readmeInstall?.[1]).toBe("git+https://<host>/<owner>/<name>.git");
    expect(readmeKey?.[1]).toBe(readmeInstall?.[1]);
  });

  it("fails without an approval, with npm's error naming the package and its prepare script", () => {
    expect(refused.ok).toBe(false);
    expect(refused.stderr).toContain("npm error code ESTRICTALLOWSCRIPTS");
    expect(refused.stderr).toContain(`${packageName}@${manifest.version} (prepare: npm run build)`);
    expect(existsSync(join(refused.consumer, "node_modules", packageName))).toBe(false);
  });

  it("installs once package.json's allowScripts has the repository's URL, with no warning", () => {
    expect(approved.stderr).not.toContain("install-scripts");
    expect(approved.ok).toBe(true);
  });

  it("installs the files of the tarball the other tests check, byte for byte, but package.json", () => {
    expect(filesUnder(installed())).toContain("dist/index.js");
    expect(differingFiles(installed(), unpacked(inject("packed").tarball))).toEqual([
      "package.json",
    ]);
  });

  it("installs package.json as committed (prepare ran, prepack did not); cleaned as prepack does, it is the tarball's", async () => {
    const { stdout: committed } = await run("git", ["show", `${snapshot.commit}:package.json`], {
      cwd: snapshot.bare,
    });
    const gitInstalled = readFileSync(join(installed(), "package.json"), "utf8");
    expect(gitInstalled).toBe(committed);
    expect(JSON.parse(gitInstalled)).toHaveProperty("scripts.prepare", "npm run build");
    const cleaned = temporaryFolder("cleaned");
    cpSync(installed(), cleaned, { recursive: true });
    await run(join(repoRoot, "node_modules", ".bin", "clean-pkg-json"), [], { cwd: cleaned });
    const tested = unpacked(inject("packed").tarball);
    expect(readFileSync(join(cleaned, "package.json"), "utf8")).toBe(
      readFileSync(join(tested, "package.json"), "utf8"),
    );
  });

  it("records the commit in the lockfile (a git dependency has no integrity)", () => {
    const lockfile = JSON.parse(
      readFileSync(join(approved.consumer, "package-lock.json"), "utf8"),
    ) as { packages: Record<string, { version?: string; resolved?: string; integrity?: string }> };
    expect(lockfile.packages[`node_modules/${packageName}`]).toEqual({
      version: manifest.version,
      resolved: `git+file://${snapshot.bare}#${snapshot.commit}`,
      license: "MIT",
      engines: { node: ">=20" },
      peerDependencies: { zod: "^4.0.16" },
      peerDependenciesMeta: { zod: { optional: true } },
    });
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
