// The packed package under the runtimes a user may have besides this machine's
// Node.js 20: Node.js 22, 24 and 26 (22.12+ can require() ESM, which changes
// what a dual package must get right), Deno and Bun, each pinned in
// tools/runtimes. One tarball, one consumer project for all of them.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { installConsumer, removeTemporaryFolders } from "../support/pack";
import { bun, deno, nodes, runtimesMissing, type Runtime } from "../support/runtimes";

const skip = Boolean(runtimesMissing && !process.env.CI);
if (skip) console.warn(`Skipping the runtime tests: ${runtimesMissing}`);

describe.skipIf(skip)("the packed package under other runtimes", () => {
  let project: string;
  beforeAll(() => {
    if (runtimesMissing) throw new Error(runtimesMissing);
    project = installConsumer(inject("packed").tarball, "zod");
  }, 60_000);
  afterAll(removeTemporaryFolders);

  const run = (runtime: Runtime, args: string[], cwd = project) =>
    execFileSync(runtime.binary, args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        DENO_DIR: join(project, ".deno-cache"),
        DENO_NO_UPDATE_CHECK: "1",
        NO_COLOR: "1",
      },
    });

  for (const node of nodes) {
    it(`Node.js ${node.version} runs the ESM, CJS and dual-load consumers`, () => {
      expect(run(node, ["--version"]).trim()).toBe(`v${node.version}`);
      expect(run(node, ["node-esm/index.mjs"])).toContain(
        "node-esm consumer ok (5 participants, 10 topics)",
      );
      expect(run(node, ["node-cjs/index.cjs"])).toContain(
        "node-cjs consumer ok (5 participants, 10 topics)",
      );
      expect(run(node, ["node-dual/index.mjs"])).toContain("node-dual consumer ok");
    }, 60_000);
  }

  it(`Deno ${deno.version} imports the main entry, ./schema and ./article.json`, () => {
    expect(run(deno, ["run", "main.ts"], join(project, "deno"))).toContain(
      `deno consumer ok (Deno ${deno.version},`,
    );
  }, 60_000);

  it(`deno check --all type-checks the TypeScript consumer, library declarations included`, () => {
    let errors = "";
    try {
      run(deno, ["check", "--all", "main.ts"], join(project, "deno"));
    } catch (error) {
      errors = (error as { stderr: string }).stderr || String(error);
    }
    expect(errors).toBe("");
  }, 180_000);

  it(`Bun ${bun.version} imports the main entry, ./schema and ./article.json`, () => {
    expect(run(bun, ["--no-install", "index.mjs"], join(project, "bun"))).toContain(
      `bun consumer ok (Bun ${bun.version},`,
    );
  }, 60_000);
});
