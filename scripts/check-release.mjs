// Runs first in the release workflow: refuses to publish a version that the
// changelog does not describe, a package without a `repository` (npm
// provenance checks that it names the repository the build ran in), or a
// jsr.json whose scope is still the placeholder or whose version differs from
// package.json's. With `--tag NAME` (the release workflow passes the git tag),
// it also refuses a tag that is not `v` + the version.
//   node scripts/check-release.mjs [--tag v1.2.3]
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

/** The scope jsr.json names until the first release picks the real one (see CONTRIBUTING.md). */
export const jsrScopePlaceholder = "@choose-a-scope";

/**
 * Everything that stops a release, as readable sentences; empty when it may go ahead.
 * @param {{ manifest: { name?: unknown, version?: unknown, repository?: unknown }, jsr: { name?: unknown, version?: unknown }, changelog: string, tag?: string | undefined }} input
 *   the parsed package.json and jsr.json, the text of CHANGELOG.md, and the git tag being
 *   released (if any)
 * @returns {string[]}
 */
export function releaseProblems({ manifest, jsr, changelog, tag }) {
  /** @type {string[]} */
  const problems = [];
  const version = typeof manifest.version === "string" ? manifest.version : "";
  if (!/^\d+\.\d+\.\d+(-[\w.-]+)?$/.test(version)) {
    problems.push(`package.json: "version" is not a SemVer version: ${JSON.stringify(version)}`);
  } else if (!changelogSection(changelog, version)) {
    problems.push(
      `CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section for the version in package.json`,
    );
  }
  if (!repositoryUrl(manifest.repository)) {
    problems.push(
      'package.json has no "repository" (npm provenance needs it): add { "type": "git", "url": "git+https://…" } naming the repository the release workflow runs in',
    );
  }
  const jsrName = typeof jsr.name === "string" ? jsr.name : "";
  const [scope, jsrPackage] = jsrName.split("/");
  if (scope === jsrScopePlaceholder || !/^@[a-z0-9][a-z0-9-]*$/.test(scope ?? "")) {
    problems.push(
      `jsr.json: "name" ${JSON.stringify(jsrName)} needs the package's JSR scope in place of ${jsrScopePlaceholder} (see "Before the first release" in CONTRIBUTING.md)`,
    );
  } else if (jsrPackage !== manifest.name) {
    problems.push(
      `jsr.json: "name" ${JSON.stringify(jsrName)} is not the scope, "/" and the package's name ${JSON.stringify(manifest.name)}`,
    );
  }
  if (jsr.version !== version) {
    problems.push(
      `jsr.json: "version" ${JSON.stringify(jsr.version)} is not ${JSON.stringify(version)}, the version in package.json`,
    );
  }
  if (tag !== undefined && tag !== `v${version}`) {
    problems.push(
      `the tag ${JSON.stringify(tag)} is not "v${version}", the version in package.json`,
    );
  }
  return problems;
}

/**
 * Whether the changelog has a release heading for this version, such as `## [1.2.3] - 2026-12-01`.
 * @param {string} changelog
 * @param {string} version
 */
function changelogSection(changelog, version) {
  const escaped = version.replace(/[.+-]/g, "\\$&");
  return new RegExp(`^## \\[${escaped}\\] - \\d{4}-\\d{2}-\\d{2}\\s*$`, "m").test(changelog);
}

/**
 * The repository URL from package.json's `repository` (a string or `{ url }`), or "".
 * @param {unknown} repository
 */
function repositoryUrl(repository) {
  const url =
    typeof repository === "object" && repository !== null && "url" in repository
      ? repository.url
      : repository;
  return typeof url === "string" ? url.trim() : "";
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const root = new URL("../", import.meta.url);
  const tagIndex = process.argv.indexOf("--tag");
  /** @type {unknown} */
  const manifest = JSON.parse(readFileSync(new URL("package.json", root), "utf8"));
  /** @type {unknown} */
  const jsr = JSON.parse(readFileSync(new URL("jsr.json", root), "utf8"));
  const problems = releaseProblems({
    manifest: /** @type {{ name?: unknown, version?: unknown, repository?: unknown }} */ (manifest),
    jsr: /** @type {{ name?: unknown, version?: unknown }} */ (jsr),
    changelog: readFileSync(new URL("CHANGELOG.md", root), "utf8"),
    tag: tagIndex === -1 ? undefined : (process.argv[tagIndex + 1] ?? ""),
  });
  if (problems.length > 0) {
    console.error(`check-release: not publishing.\n${problems.map((p) => `- ${p}`).join("\n")}`);
    process.exit(1);
  }
  console.log("check-release: changelog section, repository and JSR scope present.");
}
