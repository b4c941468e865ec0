// The release gate that the release workflow runs first: no publish without a changelog
// section for the version, a repository for provenance, a chosen JSR scope and the same version
// in jsr.json, and (with --tag) a tag that matches the version.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jsrScopePlaceholder, releaseProblems } from "../../scripts/check-release.mjs";
import { repoRoot } from "../support/pack";

const changelog = `# Changelog

## [Unreleased]

## [1.2.0] - 2026-12-01

### Added

- Something.

## [1.1.0] - 2026-11-29
`;
const repository = { type: "git", url: "git+https://example.org/owner/name.git" };
const name = "example-package";
/** A jsr.json at `version`, with a chosen scope. */
const jsrAt = (version: string) => ({ name: `@owner/${name}`, version });

describe("releaseProblems", () => {
  it("lets a version with a dated changelog section and a repository through", () => {
    expect(
      releaseProblems({
        manifest: { name, version: "1.2.0", repository },
        jsr: jsrAt("1.2.0"),
        changelog,
      }),
    ).toEqual([]);
    expect(
      releaseProblems({
        manifest: { name, version: "1.1.0", repository: "github:owner/name" },
        jsr: jsrAt("1.1.0"),
        changelog,
        tag: "v1.1.0",
      }),
    ).toEqual([]);
  });

  it("refuses a version the changelog has no section for", () => {
    expect(
      releaseProblems({
        manifest: { name, version: "1.3.0", repository },
        jsr: jsrAt("1.3.0"),
        changelog,
      }),
    ).toEqual([
      'CHANGELOG.md has no "## [1.3.0] - YYYY-MM-DD" section for the version in package.json',
    ]);
  });

  it("does not take a mention, an undated heading or a longer version for the section", () => {
    const near = `## [Unreleased]\n\nSee [1.3.0].\n\n## [1.3.0]\n\n## [1.3.01] - 2026-12-01\n`;
    expect(
      releaseProblems({
        manifest: { name, version: "1.3.0", repository },
        jsr: jsrAt("1.3.0"),
        changelog: near,
      }),
    ).toHaveLength(1);
  });

  it("refuses a package without a repository, or with an empty one", () => {
    for (const missing of [undefined, "", "  ", {}, { type: "git" }, { url: "" }, null, 42]) {
      const problems = releaseProblems({
        manifest: { name, version: "1.2.0", repository: missing },
        jsr: jsrAt("1.2.0"),
        changelog,
      });
      expect(problems, JSON.stringify(missing)).toHaveLength(1);
      expect(problems[0]).toMatch(/^package\.json has no "repository" \(npm provenance needs it\)/);
    }
  });

  it("refuses a tag that is not v + the version", () => {
    expect(
      releaseProblems({
        manifest: { name, version: "1.2.0", repository },
        jsr: jsrAt("1.2.0"),
        changelog,
        tag: "1.2.0",
      }),
    ).toEqual(['the tag "1.2.0" is not "v1.2.0", the version in package.json']);
  });

  it("refuses jsr.json with the placeholder scope, another package's name or another version", () => {
    const manifest = { name, version: "1.2.0", repository };
    expect(
      releaseProblems({
        manifest,
        jsr: { name: `${jsrScopePlaceholder}/${name}`, version: "1.2.0" },
        changelog,
      }),
    ).toEqual([
      `jsr.json: "name" "${jsrScopePlaceholder}/${name}" needs the package's JSR scope in place of ${jsrScopePlaceholder} (see "Before the first release" in CONTRIBUTING.md)`,
    ]);
    expect(releaseProblems({ manifest, jsr: { version: "1.2.0" }, changelog })).toHaveLength(1);
    expect(
      releaseProblems({ manifest, jsr: { name: "@owner/other", version: "1.2.0" }, changelog }),
    ).toEqual([
      `jsr.json: "name" "@owner/other" is not the scope, "/" and the package's name "${name}"`,
    ]);
    expect(releaseProblems({ manifest, jsr: jsrAt("1.1.0"), changelog })).toEqual([
      'jsr.json: "version" "1.1.0" is not "1.2.0", the version in package.json',
    ]);
  });

  it("refuses a version that is not SemVer, and lists every problem at once", () => {
    expect(
      releaseProblems({
        manifest: { name, version: "next" },
        jsr: jsrAt("next"),
        changelog,
        tag: "",
      }),
    ).toEqual([
      'package.json: "version" is not a SemVer version: "next"',
      expect.stringMatching(/^package\.json has no "repository"/),
      'the tag "" is not "vnext", the version in package.json',
    ]);
  });
});

describe("this package's release gate", () => {
  const manifest = JSON.parse(readFileSync(`${repoRoot}/package.json`, "utf8")) as {
    name: string;
    version: string;
    repository: unknown;
  };
  const jsr = JSON.parse(readFileSync(`${repoRoot}/jsr.json`, "utf8")) as {
    name: string;
    version: string;
  };

  it("exits non-zero and says why when the release is refused", () => {
    const problems = releaseProblems({
      manifest,
      jsr,
      changelog: readFileSync(`${repoRoot}/CHANGELOG.md`, "utf8"),
    });
    let stderr = "";
    let status = 0;
    try {
      execFileSync(process.execPath, ["scripts/check-release.mjs", "--tag", "v0.0.0-not-it"], {
        cwd: repoRoot,
        encoding: "utf8",
        stdio: "pipe",
      });
    } catch (error) {
      ({ status, stderr } = error as { status: number; stderr: string });
    }
    expect(status).toBe(1);
    expect(stderr).toContain("check-release: not publishing.");
    for (const problem of problems) expect(stderr).toContain(problem);
    expect(stderr).toContain('the tag "v0.0.0-not-it" is not');
  });
});
