// The package through a real npm registry: Verdaccio (tools/registry) on 127.0.0.1, with no
// uplinks and a new storage, stopped at the end. The tested tarball is published with the
// release workflow's own command (provenance off: it needs GitHub's OIDC token), then a second
// tarball that differs only in its patch version. Consumers then show what pinning means: a `^`
// range takes the newer version, an exact pin keeps the older, `npm outdated` says so, and
// `npm ci` reinstalls the pinned version from the registry, byte for byte. Each project has its
// own user config and cache. Skipped with a message when tools/registry is not installed,
// except under CI=true.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { differingFiles, unpacked } from "../support/file-trees";
import {
  lockfileEntry,
  npm,
  npmProject,
  shellIn,
  type NpmOutcome,
  type NpmProject,
} from "../support/npm-project";
import { packageName, removeTemporaryFolders, repoRoot, temporaryFolder } from "../support/pack";
import { patchRelease, type PatchRelease } from "../support/patch-release";
import { registryMissing, startRegistry, type Registry } from "../support/registry";
import { releaseStep } from "../support/release-workflow";

const packed = inject("packed");
const manifest = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
  version: string;
  description: string;
  license: string;
  exports: unknown;
};
const { version } = manifest;

const skip = Boolean(registryMissing && !process.env.CI);
if (skip) console.warn(`Skipping the registry round trip: ${registryMissing}`);

/** The version of the package installed in `project`, from its package.json. */
const installedVersion = ({ folder }: NpmProject) =>
  (
    JSON.parse(readFileSync(join(folder, "node_modules", packageName, "package.json"), "utf8")) as {
      version: string;
    }
  ).version;

/** The range `project`'s package.json saved for the package. */
const savedRange = ({ folder }: NpmProject) =>
  (
    JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    }
  ).dependencies[packageName];

describe.skipIf(skip)("a registry round trip through Verdaccio on 127.0.0.1", () => {
  let registry: Registry | undefined;
  let newer: PatchRelease;
  let published: NpmOutcome[];
  let caret: NpmProject;
  let pinned: NpmProject;
  let caretInstall: NpmOutcome;
  let pinnedInstall: NpmOutcome;
  let outdated: NpmOutcome;
  let view: NpmOutcome;
  let ci: NpmOutcome;

  beforeAll(async () => {
    registry = await startRegistry();
    newer = patchRelease(packed);
    const token = await registry.addUser("publisher");
    const publisher = npmProject("publisher", [
      `registry=${registry.url}`,
      `${registry.url.replace(/^http:/, "")}:_authToken=${token}`,
    ]);
    const publish = releaseStep("Publish to npm").run!;
    published = [];
    for (const tarball of [packed.tarball, newer.tarball]) {
      published.push(
        await shellIn(publisher, publish, { TARBALL: tarball, NPM_CONFIG_PROVENANCE: "false" }),
      );
    }
    caret = npmProject("caret-consumer", [`registry=${registry.url}`]);
    pinned = npmProject("pinned-consumer", [`registry=${registry.url}`]);
    [caretInstall, pinnedInstall] = await Promise.all([
      npm(caret, ["install", "--strict-allow-scripts", `${packageName}@^${version}`]),
      npm(pinned, [
        "install",
        "--strict-allow-scripts",
        "--save-exact",
        `${packageName}@${version}`,
      ]),
    ]);
    [outdated, view] = await Promise.all([
      npm(pinned, ["outdated", "--json"]),
      npm(pinned, ["view", `${packageName}@${version}`, "--json"]),
    ]);
    rmSync(join(pinned.folder, "node_modules"), { recursive: true });
    // A new, empty cache: the tarball comes from the registry again, not from npm's cache.
    ci = await npm(pinned, ["ci", "--strict-allow-scripts"], {
      cache: temporaryFolder("pinned-consumer-new-cache"),
    });
  }, 180_000);
  afterAll(async () => {
    await registry?.stop();
    removeTemporaryFolders();
  });

  it("publishes the tested tarball, then its patch release, with the release workflow's command", () => {
    expect(published.map((outcome) => outcome.ok)).toEqual([true, true]);
    expect(published[0]!.stdout).toContain(`+ ${packageName}@${version}`);
    expect(published[1]!.stdout).toContain(`+ ${packageName}@${newer.version}`);
  });

  it("shows the description, licence, both versions and the exports with npm view, and no scripts", () => {
    const shown = JSON.parse(view.stdout) as Record<string, unknown>;
    expect(shown).toMatchObject({
      name: packageName,
      version,
      description: manifest.description,
      license: manifest.license,
      versions: [version, newer.version],
      "dist-tags": { latest: newer.version },
      exports: manifest.exports,
      dist: { integrity: packed.integrity },
    });
    expect(shown).not.toHaveProperty("scripts");
    expect(shown).not.toHaveProperty("devDependencies");
  });

  it("resolves a ^ range to the newer patch release", () => {
    expect(caretInstall.stderr).not.toContain("install-scripts");
    expect(caretInstall.ok).toBe(true);
    expect(installedVersion(caret)).toBe(newer.version);
    expect(savedRange(caret)).toBe(`^${newer.version}`);
  });

  it("keeps the older version under an exact pin, and the lockfile records its integrity", () => {
    expect(pinnedInstall.ok).toBe(true);
    expect(savedRange(pinned)).toBe(version);
    expect(lockfileEntry(pinned, packageName)).toMatchObject({
      version,
      resolved: `${registry!.url}${packageName}/-/${packageName}-${version}.tgz`,
      integrity: packed.integrity,
    });
  });

  it("reports the pinned version as outdated with npm outdated (which exits 1)", () => {
    expect(outdated.ok).toBe(false);
    expect(JSON.parse(outdated.stdout)).toMatchObject({
      [packageName]: { current: version, wanted: version, latest: newer.version },
    });
  });

  it("reinstalls the pinned version from the lockfile with npm ci, byte for byte", () => {
    expect(ci.ok).toBe(true);
    expect(installedVersion(pinned)).toBe(version);
    expect(
      differingFiles(join(pinned.folder, "node_modules", packageName), unpacked(packed.tarball)),
    ).toEqual([]);
  });

  it("ran a tarball that differs from the newer one only in its package.json's version", () => {
    const older = unpacked(packed.tarball);
    const patch = unpacked(newer.tarball);
    expect(differingFiles(patch, older)).toEqual(["package.json"]);
    expect(readFileSync(join(patch, "package.json"), "utf8")).toBe(
      readFileSync(join(older, "package.json"), "utf8").replace(
        `"version": "${version}"`,
        `"version": "${newer.version}"`,
      ),
    );
  });
});
