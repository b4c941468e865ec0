// zod is an optional peer: the packed package, installed WITHOUT zod, gives a
// main entry that runs from ESM and CJS and type-checks without skipLibCheck
// under every supported TypeScript, and whose declarations cost a consumer's
// type check almost nothing (counted by the compiler, so the test is stable).
// `./schema` then fails with Node's own error, which names zod.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { typeCheckCost, writeCostConsumer } from "../../scripts/type-cost.mjs";
import { tscOf, typeCheck, typescripts, versionOf } from "../support/compilers";
import { installConsumer, packageName, removeTemporaryFolders } from "../support/pack";

/** Runs `node` with `args` in `cwd`; returns what it printed and its exit status. */
function run(args: string[], cwd: string) {
  try {
    return {
      status: 0,
      output: execFileSync(process.execPath, args, { cwd, encoding: "utf8", stdio: "pipe" }),
    };
  } catch (error) {
    const failure = error as { status: number; stdout: string; stderr: string };
    return { status: failure.status, output: failure.stdout + failure.stderr };
  }
}

let project: string;
let consumer: string;
beforeAll(() => {
  project = installConsumer(inject("packed").tarball, null);
  consumer = join(project, "no-zod");
});
afterAll(removeTemporaryFolders);

describe("a consumer with no zod installed", () => {
  it("has no zod to find, and the package declares zod an optional peer", () => {
    expect(run(["-e", 'require.resolve("zod")'], project).status).not.toBe(0);
    const manifest = JSON.parse(
      readFileSync(join(project, "node_modules", packageName, "package.json"), "utf8"),
    ) as { peerDependencies: unknown; peerDependenciesMeta: unknown };
    expect(manifest.peerDependencies).toEqual({ zod: "^4.0.16" });
    expect(manifest.peerDependenciesMeta).toEqual({ zod: { optional: true } });
  });

  it("compiles with TypeScript 5.9 under nodenext and runs the main entry from ESM and CJS", () => {
    const outDir = join(project, "no-zod-out");
    expect(typeCheck("typescript", consumer, "--noEmit", "false", "--outDir", outDir)).toBe("");
    expect(run([join(outDir, "esm.mjs")], project).output).toContain("no-zod esm consumer ok");
    expect(run([join(outDir, "cjs.cjs")], project).output).toContain("no-zod cjs consumer ok");
  }, 120_000);

  // TypeScript 5.9's nodenext check is the compile above.
  for (const typescript of typescripts.filter((version) => version !== "typescript")) {
    it(`type-checks under TypeScript ${versionOf(typescript)} with nodenext (.mts and .cts), without skipLibCheck`, () => {
      expect(typeCheck(typescript, consumer)).toBe("");
    }, 120_000);
  }

  for (const typescript of typescripts) {
    it(`type-checks under TypeScript ${versionOf(typescript)} with moduleResolution bundler`, () => {
      expect(typeCheck(typescript, join(consumer, "tsconfig.bundler.json"))).toBe("");
    }, 120_000);
  }

  it(`type-checks under TypeScript ${versionOf("typescript")} with node10, module commonjs and no esModuleInterop`, () => {
    expect(typeCheck("typescript", join(consumer, "tsconfig.node10.json"))).toBe("");
  }, 120_000);

  it("gets Node's own error naming zod from ./schema, in ESM and CJS", () => {
    const esm = run(
      ["--input-type=module", "-e", `await import("${packageName}/schema")`],
      project,
    );
    const cjs = run(["-e", `require("${packageName}/schema")`], project);
    expect(esm.status).not.toBe(0);
    expect(esm.output).toMatch(/Cannot find package 'zod'/);
    expect(cjs.status).not.toBe(0);
    expect(cjs.output).toMatch(/Cannot find module 'zod'/);
  });

  it(`pays almost nothing to type-check the main entry (TypeScript ${versionOf("typescript")}): no zod file, at most 4 more declaration files and 2,000 more instantiations than an empty program`, () => {
    // Without the DOM library, which the bench includes: the test compares, so it need not pay for it.
    const cost = (name: "empty" | "main entry") =>
      typeCheckCost(tscOf("typescript"), writeCostConsumer(project, name, { lib: ["es2022"] }));
    const empty = cost("empty");
    const main = cost("main entry");
    expect(main.errors).toBe("");
    expect(main.files.filter((file) => /\bzod\b/.test(file))).toEqual([]);
    const ours = main.files.filter((file) => file.includes(`/node_modules/${packageName}/`));
    expect(
      ours
        .map((file) =>
          file.replace(/.*\/dist\//, "").replace(/^article-types-[\w-]+\./, "article-types-HASH."),
        )
        .sort(),
    ).toEqual(["article-types-HASH.d.ts", "index.d.ts"]);
    expect(main.declarationFiles - empty.declarationFiles).toBeLessThanOrEqual(4);
    expect(main.instantiations - empty.instantiations).toBeLessThanOrEqual(2_000);
  }, 120_000);
});

describe("the main entry's published declarations", () => {
  it("reference no zod module, in ESM and CJS", () => {
    const dist = join(project, "node_modules", packageName, "dist");
    const index = ["index.d.ts", "index.d.cts"];
    const imported = index.flatMap((file) =>
      [...readFileSync(join(dist, file), "utf8").matchAll(/from ['"]\.\/([\w.-]+)\.c?js['"]/g)].map(
        (match) => `${match[1]}.${file.endsWith(".d.cts") ? "d.cts" : "d.ts"}`,
      ),
    );
    expect(imported.length).toBeGreaterThan(0);
    for (const file of [...index, ...imported]) {
      const text = readFileSync(join(dist, file), "utf8");
      expect(text, file).not.toMatch(/(from|import\(?)\s*['"]zod(\/[^'"]*)?['"]/);
    }
  });
});
