// The release tarball as users install it without a registry, as the README says: the file,
// and the same file from a URL (a web server on 127.0.0.1 here, a GitHub Release for users),
// each with `npm install --strict-allow-scripts` in a new project. The packed package.json has
// no scripts, so npm has nothing to approve. The lockfile pins the tarball by its integrity:
// `npm ci` reinstalls the same bytes, and fails on a different tarball at the same URL. Each
// project has its own npm cache, and no registry is reachable.
import { execFile, execFileSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { differingFiles, unpacked } from "../support/file-trees";
import {
  lockfileEntry,
  npm,
  npmProject,
  type NpmOutcome,
  type NpmProject,
} from "../support/npm-project";
import { packageName, removeTemporaryFolders, temporaryFolder } from "../support/pack";
import { patchRelease } from "../support/patch-release";
import { serveTarball, type TarballServer } from "../support/tarball-server";

const run = promisify(execFile);
const packed = inject("packed");
const { version } = JSON.parse(
  execFileSync("tar", ["-xzOf", packed.tarball, "package/package.json"], { encoding: "utf8" }),
) as { version: string };
// Nothing here may come from a registry: a request to this one fails at once, with no retry.
// (npm asks for zod, the optional peer, and goes on without it.)
const noRegistry = ["registry=http://127.0.0.1:9/", "fetch-retries=0"];

/** What the main entry gives in `project`: its version and topic count, or Node's error code. */
async function importMain({ folder }: NpmProject): Promise<string> {
  const script = `import("${packageName}").then((m) => console.log(m.version, m.getTopics().length), (e) => console.log(e.code))`;
  return (await run(process.execPath, ["-e", script], { cwd: folder })).stdout.trim();
}

const installed = ({ folder }: NpmProject) => join(folder, "node_modules", packageName);

let server: TarballServer;
beforeAll(async () => {
  server = await serveTarball(packed.tarball);
});
afterAll(async () => {
  await server.close();
  removeTemporaryFolders();
});

describe("the tarball as a file: npm install --strict-allow-scripts ./<tarball>", () => {
  let project: NpmProject;
  let install: NpmOutcome;
  beforeAll(async () => {
    project = npmProject("file-consumer", noRegistry);
    install = await npm(project, ["install", "--strict-allow-scripts", packed.tarball]);
  }, 60_000);

  it("installs, with no install-scripts warning", async () => {
    expect(install.stderr).not.toContain("install-scripts");
    expect(install.ok).toBe(true);
    expect(await importMain(project)).toBe(`${version} 10`);
  });

  it("records the file and its integrity (sha512) in the lockfile", () => {
    expect(lockfileEntry(project, packageName)).toMatchObject({
      resolved: `file:${relative(project.folder, packed.tarball)}`,
      integrity: packed.integrity,
    });
  });

  it("reinstalls the same files with npm ci", async () => {
    rmSync(join(project.folder, "node_modules"), { recursive: true });
    const ci = await npm(project, ["ci", "--strict-allow-scripts"]);
    expect(ci.stderr).not.toContain("install-scripts");
    expect(ci.ok).toBe(true);
    expect(differingFiles(installed(project), unpacked(packed.tarball))).toEqual([]);
  }, 60_000);
});

describe("the tarball from a URL: npm install --strict-allow-scripts http://…/<tarball>", () => {
  let project: NpmProject;
  let install: NpmOutcome;
  beforeAll(async () => {
    project = npmProject("url-consumer", noRegistry);
    install = await npm(project, ["install", "--strict-allow-scripts", server.url]);
  }, 60_000);

  it("installs from the server, with no install-scripts warning", async () => {
    expect(install.stderr).not.toContain("install-scripts");
    expect(install.ok).toBe(true);
    expect(server.requests()).toBeGreaterThan(0);
    expect(await importMain(project)).toBe(`${version} 10`);
  });

  it("records the URL and the tarball's integrity (sha512) in the lockfile", () => {
    expect(lockfileEntry(project, packageName)).toMatchObject({
      resolved: server.url,
      integrity: packed.integrity,
    });
  });

  it("reinstalls the same files with npm ci", async () => {
    rmSync(join(project.folder, "node_modules"), { recursive: true });
    const ci = await npm(project, ["ci", "--strict-allow-scripts"]);
    expect(ci.ok).toBe(true);
    expect(differingFiles(installed(project), unpacked(packed.tarball))).toEqual([]);
  }, 60_000);

  it("fails npm ci with EINTEGRITY when the URL serves another tarball, and records no install", async () => {
    const other = patchRelease(packed);
    server.serve(other.tarball);
    const before = server.requests();
    rmSync(join(project.folder, "node_modules"), { recursive: true });
    // An empty cache, as on a new machine or in CI: npm's cache holds the first download under
    // its integrity and would answer without asking the server.
    const ci = await npm(project, ["ci", "--strict-allow-scripts"], {
      cache: temporaryFolder("url-consumer-new-cache"),
    });
    expect(ci.ok).toBe(false);
    expect(server.requests()).toBeGreaterThan(before);
    expect(ci.stderr).toContain("npm error code EINTEGRITY");
    expect(ci.stderr).toContain(`wanted ${packed.integrity} but got ${other.integrity}`);
    // npm writes its record of what is installed (node_modules/.package-lock.json) only after a
    // complete install. It does not remove what it extracted before the check failed, though:
    // npm 11.19.1 left some of the other tarball's files in node_modules in most runs, and all
    // of them, importable, in about one run in six. Only the exit status stops a build, so the
    // test asserts nothing about those files.
    expect(existsSync(join(project.folder, "node_modules", ".package-lock.json"))).toBe(false);
  }, 60_000);
});
