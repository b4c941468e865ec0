// Publishing to JSR: jsr.json names the TypeScript sources of the three entries, and the pinned
// Deno's `deno publish --dry-run` passes offline (it type-checks every entry and refuses slow
// types: exports whose types it would have to infer). Deno's documentation tools find a module
// doc on each entry and no undocumented export, as JSR's score wants. Skipped with a message
// when tools/runtimes is not installed, except under CI=true.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import tsupConfig from "../../tsup.config";
import { packageName, removeTemporaryFolders, repoRoot, temporaryFolder } from "../support/pack";
import { deno, runtimesMissing } from "../support/runtimes";

const run = promisify(execFile);
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(repoRoot, path), "utf8"));
const jsr = readJson("jsr.json") as {
  name: string;
  version: string;
  license: string;
  exports: Record<string, string>;
  imports: Record<string, string>;
  publish: { include: string[] };
};
const manifest = readJson("package.json") as {
  version: string;
  license: string;
  peerDependencies: Record<string, string>;
};

describe("jsr.json", () => {
  it("names the package after its npm name, at the same version and licence", () => {
    expect(jsr.name).toMatch(new RegExp(`^@[a-z0-9][a-z0-9-]*/${packageName}$`));
    expect(jsr.version).toBe(manifest.version);
    expect(jsr.license).toBe(manifest.license);
  });

  it("exports the TypeScript sources tsup builds the three entries from", () => {
    const { entry } = tsupConfig as { entry: Record<string, string> };
    expect(jsr.exports).toEqual({
      ".": `./${entry.index!}`,
      "./schema": `./${entry.schema!}`,
      "./formats": `./${entry.formats!}`,
    });
  });

  it("takes zod from npm in the peer dependency's range", () => {
    expect(jsr.imports).toEqual({ zod: `npm:zod@${manifest.peerDependencies.zod!}` });
  });
});

const skip = Boolean(runtimesMissing && !process.env.CI);
if (skip) console.warn(`Skipping deno publish --dry-run: ${runtimesMissing}`);

/** What a Deno command printed, both streams together and its standard output alone. */
interface DenoOutcome {
  status: number;
  output: string;
  stdout: string;
}

/** Runs the pinned Deno in the repository, offline, with a new cache; its output and status. */
async function denoIn(args: string[]): Promise<DenoOutcome> {
  const env = {
    ...process.env,
    DENO_DIR: temporaryFolder("deno-dir"),
    DENO_NO_UPDATE_CHECK: "1",
    NO_COLOR: "1",
  };
  try {
    const { stdout, stderr } = await run(deno.binary, args, {
      cwd: repoRoot,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { status: 0, output: `${stdout}${stderr}`, stdout };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { status: code, output: `${stdout}${stderr}`, stdout };
  }
}

describe.skipIf(skip)(`Deno ${deno.version} and JSR`, () => {
  const entries = Object.values(jsr.exports);
  let dryRun: DenoOutcome;
  let lint: DenoOutcome;
  let docs: DenoOutcome;
  beforeAll(async () => {
    if (runtimesMissing) throw new Error(runtimesMissing);
    // --allow-dirty: the tests run on a working tree, which may hold uncommitted changes.
    [dryRun, lint, docs] = await Promise.all([
      denoIn(["publish", "--dry-run", "--allow-dirty"]),
      denoIn(["doc", "--lint", ...entries]),
      denoIn(["doc", "--json", ...entries]),
    ]);
  }, 180_000);
  afterAll(removeTemporaryFolders);

  it("passes deno publish --dry-run: type-checked, no slow types, sources and docs only", () => {
    expect(dryRun.output).toContain("Checking for slow types in the public API...");
    expect(dryRun.output).toContain(`Simulating publish of ${jsr.name}@${jsr.version} with files:`);
    expect(dryRun.output).toMatch(/Success Dry run complete\s*$/);
    expect(dryRun.status).toBe(0);
    const files = [...dryRun.output.matchAll(/^\s+(file:\S+) \(/gm)].map((match) =>
      relative(repoRoot, fileURLToPath(match[1]!)),
    );
    expect(files).toContain("src/index.ts");
    expect(
      files.filter(
        (file) => !/^(src\/.*\.ts|README\.md|LICENSE|CHANGELOG\.md|jsr\.json)$/.test(file),
      ),
    ).toEqual([]);
  });

  it("finds no undocumented export, member or constructor (deno doc --lint)", () => {
    expect(lint.output).toMatch(/Found \d+ documentation lint errors/);
    expect(lint.output).not.toContain("missing-jsdoc");
  });

  it("finds a module doc with an example on each entry", () => {
    const { nodes } = JSON.parse(docs.stdout) as {
      nodes: Record<string, { module_doc?: { doc: string; tags?: { kind: string }[] } }>;
    };
    for (const entry of entries) {
      const moduleDoc = nodes[`file://${join(repoRoot, entry)}`]?.module_doc;
      expect(moduleDoc?.doc.length, entry).toBeGreaterThan(100);
      expect(
        moduleDoc?.tags?.map((tag) => tag.kind),
        entry,
      ).toContain("example");
    }
  });
});
