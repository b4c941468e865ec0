// The package as users get it: the packed tarball, installed into consumer
// projects for Node ESM and CJS, TypeScript (nodenext from ESM and CJS, and
// bundler) under several compiler versions, with the oldest and newest zod 4;
// plus publint, arethetypeswrong, and the bundle-size budgets.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { consumerBundle, dataFloor } from "../scripts/sizes.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  installConsumer,
  pack,
  packageName,
  removeTemporaryFolders,
  repoRoot,
  type Packed,
} from "./pack";

const node = (script: string, cwd: string) =>
  execFileSync(process.execPath, [script], {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
const bin = (name: string) => join(repoRoot, "node_modules", ".bin", name);

/** TypeScript versions the consumers are type-checked with: the oldest supported, ours, and the two newer majors. */
const typescripts = ["typescript-5.5", "typescript", "typescript-6.0", "typescript-7.0"] as const;
const zods = { newest: "zod", floor: "zod-floor" } as const;
const version = (folder: string) =>
  (
    JSON.parse(readFileSync(join(repoRoot, "node_modules", folder, "package.json"), "utf8")) as {
      version: string;
    }
  ).version;

let packed: Packed;
beforeAll(() => {
  packed = pack();
});
afterAll(removeTemporaryFolders);

describe("the tarball", () => {
  it("holds only what users need", () => {
    const [typesEsm, typesCjs] = packed.files.filter((file) => file.startsWith("dist/types-"));
    expect(typesEsm).toMatch(/^dist\/types-[\w-]+\.d\.cts$/);
    expect(typesCjs).toMatch(/^dist\/types-[\w-]+\.d\.ts$/);
    expect(packed.files.filter((file) => !file.startsWith("dist/types-"))).toEqual([
      "CHANGELOG.md",
      "LICENSE",
      "README.md",
      "dist/article.json",
      "dist/article.jsonld",
      "dist/article.schema.json",
      "dist/index.cjs",
      "dist/index.d.cts",
      "dist/index.d.ts",
      "dist/index.js",
      "dist/schema.cjs",
      "dist/schema.d.cts",
      "dist/schema.d.ts",
      "dist/schema.js",
      "package.json",
    ]);
  });

  it("passes publint --strict with nothing to report", () => {
    const project = installConsumer(packed.tarball, "zod");
    const output = execFileSync(
      bin("publint"),
      ["--strict", "--pack", "false", join(project, "node_modules", packageName)],
      {
        encoding: "utf8",
      },
    );
    expect(output).toContain("All good!");
  }, 60_000);

  it("passes arethetypeswrong for every entry under node10, node16 (CJS and ESM) and bundler", () => {
    // `--exclude-entrypoints ./article.jsonld`: a data file, not a module TypeScript can import.
    const run = () =>
      execFileSync(
        bin("attw"),
        [packed.tarball, "--format", "json", "--exclude-entrypoints", "./article.jsonld"],
        {
          encoding: "utf8",
        },
      );
    let output: string;
    try {
      output = run();
    } catch (error) {
      output = (error as { stdout: string }).stdout; // attw exits 1 when it finds any problem
    }
    const { problems } = (
      JSON.parse(output) as {
        analysis: { problems: { kind: string; entrypoint: string; resolutionKind: string }[] };
      }
    ).analysis;
    expect(problems.map((p) => `${p.resolutionKind} ${p.entrypoint} ${p.kind}`)).toEqual([]);
  }, 60_000);
});

for (const [label, zodFolder] of Object.entries(zods)) {
  describe(`consumers with the ${label} zod (${version(zodFolder)})`, () => {
    let project: string;
    beforeAll(() => {
      project = installConsumer(packed.tarball, zodFolder);
    });

    it("Node ESM imports every entry and gets real values", () => {
      expect(node("node-esm/index.mjs", project)).toContain(
        "node-esm consumer ok (5 participants, 10 topics)",
      );
    });

    it("Node CJS requires every entry and gets real values", () => {
      expect(node("node-cjs/index.cjs", project)).toContain(
        "node-cjs consumer ok (5 participants, 10 topics)",
      );
    });

    it("Node loads the ESM and CJS builds into one process with equal data", () => {
      expect(node("node-dual/index.mjs", project)).toContain("node-dual consumer ok");
    });

    it("TypeScript nodenext consumers, compiled, run and get real values (ESM and CJS)", () => {
      const tsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");
      const outDir = join(project, "ts-nodenext-out");
      execFileSync(process.execPath, [
        tsc,
        "-p",
        join(project, "ts-nodenext"),
        "--noEmit",
        "false",
        "--outDir",
        outDir,
      ]);
      expect(node(join(outDir, "esm.mjs"), project)).toContain("ts-nodenext esm consumer ok");
      expect(node(join(outDir, "cjs.cjs"), project)).toContain("ts-nodenext cjs consumer ok");
    }, 120_000);

    for (const typescript of typescripts) {
      for (const consumer of ["ts-nodenext", "ts-bundler"]) {
        it(`TypeScript ${version(typescript)} type-checks the ${consumer} consumer without skipLibCheck`, () => {
          const tsc = join(repoRoot, "node_modules", typescript, "bin", "tsc");
          let errors = "";
          try {
            execFileSync(process.execPath, [tsc, "-p", join(project, consumer)], {
              encoding: "utf8",
              stdio: "pipe",
            });
          } catch (error) {
            errors = (error as { stdout: string }).stdout || String(error);
          }
          expect(errors).toBe("");
        }, 120_000);
      }
    }
  });
}

describe("bundle budgets (esbuild, minified)", () => {
  let project: string;
  let floor: number;
  beforeAll(() => {
    project = installConsumer(packed.tarball, "zod");
    floor = dataFloor(join(project, "node_modules", packageName, "dist/article.json"));
  });

  for (const name of ["article", "getTopics"]) {
    it(`a bundle importing only ${name} has no zod code and is at most 1.3× the gzip size of the minified JSON`, async () => {
      const { gzipBytes, inputs } = await consumerBundle(name, project);
      expect(inputs.filter((input) => input.includes("zod"))).toEqual([]);
      expect(inputs.some((input) => input.endsWith("dist/index.js"))).toBe(true);
      expect(gzipBytes / floor).toBeLessThanOrEqual(1.3);
    });
  }
});
