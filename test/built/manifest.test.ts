// The package as npm and Node see it: manifest, entry points, and the main
// entry's promise not to load zod.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { packageName } from "../../scripts/sizes.mjs";
import * as source from "../../src/index";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const readJson = (path: string): unknown => JSON.parse(read(path));

type Dependencies = Record<string, string>;
/** The fields of package.json that these tests read. */
interface Manifest {
  version: string;
  dependencies?: Dependencies;
  peerDependencies: Dependencies;
  devDependencies: Dependencies;
  scripts: Record<string, string | undefined>;
  exports: Record<string, string | Record<string, Record<string, string>>>;
  sideEffects: boolean;
  allowScripts?: Record<string, boolean>;
}
/** The fields of package-lock.json that these tests read. */
interface Lockfile {
  lockfileVersion: number;
  packages: Record<
    string,
    Omit<Manifest, "scripts" | "exports" | "sideEffects"> & { hasInstallScript?: boolean }
  >;
}

const manifest = readJson("package.json") as Manifest;
const require = createRequire(import.meta.url);
const requireMain = () => require(packageName) as typeof source;

describe("package.json", () => {
  it("has no runtime dependency; zod is a peer", () => {
    expect(manifest.dependencies).toBeUndefined();
    expect(Object.keys(manifest.peerDependencies)).toEqual(["zod"]);
    expect(manifest.devDependencies.zod).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("declares as zod's floor the version the consumer tests run against", () => {
    expect(manifest.peerDependencies.zod).toBe(
      `^${manifest.devDependencies["zod-floor"]?.replace("npm:zod@", "") ?? "?"}`,
    );
  });

  it("pins every dev dependency to an exact version", () => {
    for (const [name, range] of Object.entries(manifest.devDependencies)) {
      expect(range, name).toMatch(/^(npm:[^@]+@)?\d+\.\d+\.\d+$/);
    }
  });

  it("builds only for a git install (prepare), and cleans what it packs (prepack, postpack)", () => {
    for (const hook of ["preinstall", "install", "postinstall", "prepublish"]) {
      expect(manifest.scripts[hook], hook).toBeUndefined();
    }
    // npm runs `prepare` after `npm ci` here and for a git dependency. `prepack` strips the
    // scripts (this one included) and devDependencies from the packed package.json, and
    // `postpack` puts this file back: test/packed/tarball.test.ts checks the result.
    expect(manifest.scripts.prepare).toBe("npm run build");
    expect(manifest.scripts.prepack).toBe(
      "test -d dist && cp package.json package.json.bak && clean-pkg-json",
    );
    expect(manifest.scripts.postpack).toBe("mv package.json.bak package.json");
  });

  it("allows the one dev dependency with an install script, so a strict git install can build", () => {
    const withScripts = Object.entries((readJson("package-lock.json") as Lockfile).packages).filter(
      ([, entry]) => entry.hasInstallScript === true,
    );
    expect(withScripts.map(([path]) => path)).toEqual(["node_modules/esbuild"]);
    expect(manifest.allowScripts).toEqual({ esbuild: true });
  });

  it("refuses `npm publish` from the folder, which would upload the uncleaned package.json", () => {
    expect(manifest.scripts.prepublishOnly).toMatch(
      /^echo "Publish the packed tarball, not this folder: .*" >&2 && exit 1$/,
    );
  });

  it("is installed from a committed lockfile that matches it", () => {
    const lockfile = readJson("package-lock.json") as Lockfile;
    expect(lockfile.lockfileVersion).toBe(3);
    const root = lockfile.packages[""];
    expect(root?.version).toBe(manifest.version);
    expect(root?.devDependencies).toEqual(manifest.devDependencies);
    expect(root?.peerDependencies).toEqual(manifest.peerDependencies);
    expect(root?.dependencies).toBeUndefined();
    expect(read(".ci/run")).toMatch(/^npm ci( --ignore-scripts)?$/m);
  });

  it("exports each entry with nested import and require conditions, types first", () => {
    for (const entry of [".", "./schema", "./formats"]) {
      for (const condition of ["import", "require"]) {
        const conditions = manifest.exports[entry];
        expect(typeof conditions, entry).toBe("object");
        if (typeof conditions !== "object") continue;
        expect(Object.keys(conditions[condition] ?? {}), `${entry} ${condition}`).toEqual([
          "types",
          "default",
        ]);
      }
    }
    expect(manifest.exports["./package.json"]).toBe("./package.json");
    expect(manifest.sideEffects).toBe(false);
  });
});

describe("the built main entry", () => {
  it("does not load zod at runtime, and neither does ./formats", () => {
    for (const file of ["dist/index.js", "dist/index.cjs", "dist/formats.js", "dist/formats.cjs"]) {
      expect(read(file), file).not.toMatch(/from\s*["']zod|require\(\s*["']zod/);
    }
    expect(read("dist/schema.js")).toMatch(/from "zod"/);
  });

  it("exports the version from package.json", () => {
    expect(source.version).toBe(manifest.version);
    expect(requireMain().version).toBe(manifest.version);
  });

  it("exports the same names from src, ESM and CJS", async () => {
    const esm = await import("eu-central-asia-security-dialogue-2016");
    const cjs = requireMain();
    expect(Object.keys(esm).sort()).toEqual(Object.keys(source).sort());
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(source).sort());
  });
});
