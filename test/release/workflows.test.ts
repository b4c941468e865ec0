// The GitHub Actions workflows: both valid against the workflow schema
// (action-validator, offline), CI on every supported Node.js major, and the
// release job publishing with provenance only on a version tag.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeTemporaryFolders, repoRoot, temporaryFolder } from "../support/pack";

const validator = join(repoRoot, "node_modules", ".bin", "action-validator");
const read = (name: string) => readFileSync(join(repoRoot, ".github/workflows", name), "utf8");

/** action-validator's exit status and output for one workflow file. */
function validate(path: string): { status: number; output: string } {
  try {
    const output = execFileSync(validator, [path], { encoding: "utf8", stdio: "pipe" });
    return { status: 0, output };
  } catch (error) {
    const { status, stdout, stderr } = error as { status: number; stdout: string; stderr: string };
    return { status, output: `${stdout}${stderr}` };
  }
}

afterAll(removeTemporaryFolders);

describe("workflow files", () => {
  for (const name of ["ci.yml", "release.yml"]) {
    it(`${name} is valid against the workflow schema`, () => {
      expect(validate(join(repoRoot, ".github/workflows", name))).toEqual({
        status: 0,
        output: "",
      });
    });
  }

  it("the validator rejects a workflow with a misspelt key", () => {
    const path = join(temporaryFolder("workflow"), "broken.yml");
    writeFileSync(path, read("ci.yml").replace("runs-on:", "runs_on:"));
    const { status, output } = validate(path);
    expect(status).toBe(1);
    expect(output).toContain("Additional property 'runs_on' is not allowed");
  });
});

describe("ci.yml", () => {
  const ci = read("ci.yml");

  it("runs .ci/run on Node.js 20, 22 and 24", () => {
    expect(ci).toMatch(/^\s+node: \[20, 22, 24\]$/m);
    expect(ci).toMatch(/^\s+node-version: \$\{\{ matrix\.node \}\}$/m);
    expect(ci).toMatch(/^\s+- run: bash \.ci\/run$/m);
  });
});

describe("release.yml", () => {
  const release = read("release.yml");

  it("runs only on a version tag", () => {
    expect(release).toMatch(/^on:\n {2}push:\n {4}tags: \["v\*\.\*\.\*"\]\n\n/m);
  });

  it("may request an OIDC token, for provenance and trusted publishing", () => {
    expect(release).toMatch(/^permissions:\n {2}contents: read\n {2}id-token: write$/m);
  });

  it("checks the tag, then publishes with provenance (prepublishOnly runs the suite)", () => {
    const check = release.indexOf('- run: node scripts/check-release.mjs --tag "$GITHUB_REF_NAME"');
    const publish = release.indexOf("- run: npm publish --provenance --access public");
    expect(check).toBeGreaterThan(0);
    expect(publish).toBeGreaterThan(check);
  });
});
