// The package as users get it: the packed tarball's contents, publint,
// arethetypeswrong, and the bundle-size budgets. Consumer projects (Node,
// TypeScript) are in consumers-zod-newest.test.ts and consumers-zod-floor.test.ts.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { consumerBundle, dataFloor } from "../../scripts/sizes.mjs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { installConsumer, packageName, removeTemporaryFolders, repoRoot } from "../support/pack";

const bin = (name: string) => join(repoRoot, "node_modules", ".bin", name);

const packed = inject("packed");
afterAll(removeTemporaryFolders);

describe("the tarball", () => {
  it("holds only what users need", () => {
    const [typesEsm, typesCjs] = packed.files.filter((file) =>
      file.startsWith("dist/article-types-"),
    );
    expect(typesEsm).toMatch(/^dist\/article-types-[\w-]+\.d\.cts$/);
    expect(typesCjs).toMatch(/^dist\/article-types-[\w-]+\.d\.ts$/);
    expect(packed.files.filter((file) => !file.startsWith("dist/article-types-"))).toEqual([
      "LICENSE",
      "README.md",
      "dist/article.en.txt",
      "dist/article.json",
      "dist/article.jsonld",
      "dist/article.ru.txt",
      "dist/article.schema.json",
      "dist/brat/annotation.conf",
      "dist/brat/en.ann",
      "dist/brat/en.txt",
      "dist/brat/ru.ann",
      "dist/brat/ru.txt",
      "dist/brat/tools.conf",
      "dist/brat/visual.conf",
      "dist/conll/en.conll",
      "dist/conll/ru.conll",
      "dist/corpus.jsonl",
      "dist/corpus.schema.json",
      "dist/corpus.tmx",
      "dist/formats.cjs",
      "dist/formats.d.cts",
      "dist/formats.d.ts",
      "dist/formats.js",
      "dist/index.cjs",
      "dist/index.d.cts",
      "dist/index.d.ts",
      "dist/index.js",
      "dist/schema.cjs",
      "dist/schema.d.cts",
      "dist/schema.d.ts",
      "dist/schema.js",
      ...[
        "agreement_entities.csv",
        "agreement_frameworks.csv",
        "agreement_topics.csv",
        "agreements.csv",
        "blocks.csv",
        "datapackage.json",
        "entities.csv",
        "events.csv",
        "identifiers.csv",
        "items.csv",
        "mentions.csv",
        "participants.csv",
        "relations.csv",
        "sentences.csv",
        "topic_categories.csv",
        "topics.csv",
      ].map((file) => `dist/tables/${file}`),
      "dist/web-annotations.jsonld",
      "package.json",
    ]);
  });

  // The issues that added the formats set this limit; npm prints the same size as "package size".
  it("is at most 200 kB (200,000 bytes) gzipped", () => {
    expect(readFileSync(packed.tarball).length).toBeLessThanOrEqual(200_000);
  });

  it("has a package.json without scripts, devDependencies or allowScripts, the rest as in the repository", () => {
    const packedManifest = execFileSync("tar", ["-xzOf", packed.tarball, "package/package.json"], {
      encoding: "utf8",
    });
    const repositoryManifest = readFileSync(join(repoRoot, "package.json"), "utf8");
    const { scripts, devDependencies, allowScripts, ...kept } = JSON.parse(
      repositoryManifest,
    ) as Record<string, unknown>;
    expect([scripts, devDependencies, allowScripts]).not.toContain(undefined);
    // Same fields, same order: clean-pkg-json removes, and changes nothing else.
    expect(Object.entries(JSON.parse(packedManifest) as object)).toEqual(Object.entries(kept));
  });

  it("leaves the packed folder's package.json as it was (postpack restores it)", () => {
    expect(readFileSync(join(packed.stage, "package.json"), "utf8")).toBe(
      readFileSync(join(repoRoot, "package.json"), "utf8"),
    );
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
    // The data files that are not modules TypeScript can import are left out.
    const dataFiles = [
      "./article.jsonld",
      "./article.ru.txt",
      "./article.en.txt",
      "./web-annotations.jsonld",
      "./brat/*",
      "./conll/*",
      "./corpus.tmx",
      "./corpus.jsonl",
    ];
    const run = () =>
      execFileSync(
        bin("attw"),
        [packed.tarball, "--format", "json", "--exclude-entrypoints", ...dataFiles],
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

describe("bundle budgets (esbuild, minified)", () => {
  let project: string;
  let floor: number;
  beforeAll(() => {
    project = installConsumer(packed.tarball, "zod");
    floor = dataFloor(join(project, "node_modules", packageName, "dist/article.json"));
  });

  // The article alone carries only the freezing code besides the data; a helper adds the
  // argument checks and queries.
  const budgets = { article: 1.1, getTopics: 1.3 };
  for (const [name, budget] of Object.entries(budgets)) {
    it(`a bundle importing only ${name} has no zod code and is at most ${budget}× the gzip size of the minified JSON`, async () => {
      const { gzipBytes, inputs } = await consumerBundle(name, project);
      expect(inputs.filter((input) => input.includes("zod"))).toEqual([]);
      expect(inputs.some((input) => input.endsWith("dist/index.js"))).toBe(true);
      expect(gzipBytes / floor).toBeLessThanOrEqual(budget);
    });
  }
});
