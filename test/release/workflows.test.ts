// The GitHub Actions workflows: both valid against the workflow schema
// (action-validator, offline), CI on every supported Node.js major, and the
// release job: only on a version tag, it tests, packs once, and ships that one
// tarball to the GitHub Release (with SHA256SUMS and an attestation), to npm
// and to JSR, with provenance. Its Pack step runs here, in a copy of the files
// npm packs.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { basename, join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import {
  packEnvironment,
  removeTemporaryFolders,
  repoRoot,
  stageForPacking,
  temporaryFolder,
} from "../support/pack";
import { releaseStep, releaseSteps, releaseWorkflow } from "../support/release-workflow";

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

// action-validator 0.6.0 (the newest) predates the `attestations` permission, which
// actions/attest-build-provenance needs; release.yml is validated without that one line.
const attestationsPermission = "      attestations: write\n";

describe("workflow files", () => {
  it("ci.yml is valid against the workflow schema", () => {
    expect(validate(join(repoRoot, ".github/workflows/ci.yml"))).toEqual({
      status: 0,
      output: "",
    });
  });

  it("release.yml is valid against the workflow schema, but for the attestations permission", () => {
    expect(releaseWorkflow).toContain(attestationsPermission);
    const path = join(temporaryFolder("workflow"), "release.yml");
    writeFileSync(path, releaseWorkflow.replace(attestationsPermission, ""));
    expect(validate(path)).toEqual({ status: 0, output: "" });
  });

  it("the validator still rejects the attestations permission (drop the workaround when it does not)", () => {
    const { status, output } = validate(join(repoRoot, ".github/workflows/release.yml"));
    expect(status).toBe(1);
    expect(output).toContain("Additional property 'attestations' is not allowed");
  });

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
  const release = releaseWorkflow;
  const names = releaseSteps().map((step) => step.name ?? step.uses);

  it("runs only on a version tag", () => {
    expect(release).toMatch(/^on:\n {2}push:\n {4}tags: \["v\*\.\*\.\*"\]\n\n/m);
  });

  it("reads by default; its job may write the release, request an OIDC token and store attestations", () => {
    expect(release).toMatch(/^permissions:\n {2}contents: read\n\n/m);
    const job = release.slice(release.indexOf("\njobs:\n"));
    expect(job).toMatch(/^ {4}permissions:\n(?: {6}#.*\n| {6}\w[\w-]*: \w+\n)+/m);
    for (const permission of ["contents: write", "id-token: write", "attestations: write"]) {
      expect(job).toMatch(new RegExp(`^ {6}${permission}$`, "m"));
    }
  });

  it("checks the tag, tests, packs, attests, attaches to the release, then publishes to npm and JSR", () => {
    expect(names.slice(2)).toEqual([
      "Check the tag, changelog, repository and JSR scope",
      "Test",
      "Pack",
      "Attest build provenance",
      "Attach to the GitHub Release",
      "Publish to npm",
      "Publish to JSR",
    ]);
    expect(releaseStep("Check the tag, changelog, repository and JSR scope").run).toBe(
      'node scripts/check-release.mjs --tag "$GITHUB_REF_NAME"',
    );
    expect(releaseStep("Test").run).toBe("bash .ci/run");
  });

  it("attests the packed tarball with attest-build-provenance pinned by commit", () => {
    const attest = releaseStep("Attest build provenance");
    expect(attest.uses).toMatch(/^actions\/attest-build-provenance@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    expect(attest.with).toEqual({ "subject-path": "${{ steps.pack.outputs.tarball }}" });
  });

  it("attaches that tarball and SHA256SUMS to the GitHub Release of the tag", () => {
    const attach = releaseStep("Attach to the GitHub Release");
    expect(attach.env.TARBALL).toBe("${{ steps.pack.outputs.tarball }}");
    expect(attach.run).toMatch(
      /^gh release create "\$GITHUB_REF_NAME" "\$TARBALL" "\$RUNNER_TEMP\/SHA256SUMS" --verify-tag /,
    );
  });

  it("publishes that tarball to npm with provenance, and the sources to JSR with the pinned Deno", () => {
    const npmPublish = releaseStep("Publish to npm");
    expect(npmPublish.env).toEqual({
      TARBALL: "${{ steps.pack.outputs.tarball }}",
      NPM_CONFIG_PROVENANCE: "true",
    });
    expect(npmPublish.run).toBe('npm publish "$TARBALL" --access public');
    expect(releaseStep("Publish to JSR").run).toBe("tools/runtimes/node_modules/.bin/deno publish");
  });

  it("packs again, in its Pack step, the very tarball the suite tested, and writes SHA256SUMS that checks it", () => {
    // The step runs where npm pack would in the workflow: here, a copy of the files npm packs,
    // with this repository's tools (clean-pkg-json) on the PATH. Packing is reproducible: this
    // second tarball has the bytes of the one the other tests checked.
    const runnerTemp = temporaryFolder("runner-temp");
    const output = join(runnerTemp, "github-output");
    writeFileSync(output, "");
    execFileSync("bash", ["-e", "-c", releaseStep("Pack").run!], {
      cwd: stageForPacking(),
      stdio: "pipe",
      env: {
        ...packEnvironment(temporaryFolder("pack-step-npm")),
        RUNNER_TEMP: runnerTemp,
        GITHUB_OUTPUT: output,
      },
    });
    const tarball = /^tarball=(.+)$/m.exec(readFileSync(output, "utf8"))?.[1] ?? "";
    const packed = inject("packed");
    expect(tarball).toBe(join(runnerTemp, basename(packed.tarball)));
    const sha512 = `sha512-${createHash("sha512").update(readFileSync(tarball)).digest("base64")}`;
    expect(sha512).toBe(packed.integrity);
    expect(readFileSync(tarball).equals(readFileSync(packed.tarball))).toBe(true);
    expect(
      execFileSync("sha256sum", ["-c", "SHA256SUMS"], { cwd: runnerTemp, encoding: "utf8" }),
    ).toBe(`${basename(packed.tarball)}: OK\n`);
  }, 60_000);
});
