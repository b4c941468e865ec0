// The packed tarball installed into consumer projects with one zod version: Node ESM and CJS,
// both builds loaded into one process, and TypeScript (nodenext from ESM and CJS, and bundler)
// under the supported compilers, without skipLibCheck. One test file per zod version
// (test/packed/consumers-zod-*.test.ts), so that the two halves run side by side.
import { execFileSync } from "node:child_process";
import { realpathSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listFiles, typeCheck, typescripts, versionOf } from "../compilers";
import { installConsumer, removeTemporaryFolders } from "../pack";

const node = (script: string, cwd: string) =>
  execFileSync(process.execPath, [script], {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });

/**
 * The consumer tests with the zod in this repository's node_modules/`zodFolder`. The nodenext
 * consumer (an ESM and a CJS file, so both formats of this package's declarations) is type-checked under
 * every compiler in {@link typescripts}; the bundler consumer under those in `bundlerCompilers`.
 * When that is fewer, a test checks that the bundler consumer loads no zod declaration file that
 * the nodenext one does not, so the nodenext checks cover zod's side of it.
 */
export function describePackedConsumers(
  label: string,
  zodFolder: "zod" | "zod-floor",
  bundlerCompilers: readonly (typeof typescripts)[number][],
): void {
  describe(`consumers with the ${label} zod (${versionOf(zodFolder)})`, () => {
    let project: string;
    beforeAll(() => {
      project = installConsumer(inject("packed").tarball, zodFolder);
    });
    afterAll(removeTemporaryFolders);

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

    for (const typescript of typescripts) {
      const consumers = bundlerCompilers.includes(typescript)
        ? ["ts-nodenext", "ts-bundler"]
        : ["ts-nodenext"];
      for (const consumer of consumers) {
        // With our own compiler, the nodenext consumer is also compiled, and the output run.
        const compiled = typescript === "typescript" && consumer === "ts-nodenext";
        const title = `TypeScript ${versionOf(typescript)} type-checks the ${consumer} consumer without skipLibCheck`;
        it(
          compiled ? `${title}, and the compiled ESM and CJS run` : title,
          () => {
            const outDir = join(project, `${consumer}-out`);
            const emit = compiled ? ["--noEmit", "false", "--outDir", outDir] : [];
            expect(typeCheck(typescript, join(project, consumer), ...emit)).toBe("");
            if (!compiled) return;
            expect(node(join(outDir, "esm.mjs"), project)).toContain("ts-nodenext esm consumer ok");
            expect(node(join(outDir, "cjs.cjs"), project)).toContain("ts-nodenext cjs consumer ok");
          },
          120_000,
        );
      }
    }

    if (bundlerCompilers.length < typescripts.length) {
      it("the bundler consumer loads the same zod declaration files as the nodenext one", () => {
        const zod = `${realpathSync(join(project, "node_modules", "zod"))}/`;
        const zodFiles = (consumer: string) =>
          listFiles("typescript", join(project, consumer))
            .filter((file) => file.startsWith(zod))
            .map((file) => file.slice(zod.length))
            .sort();
        const nodenext = zodFiles("ts-nodenext");
        expect(nodenext.length).toBeGreaterThan(10);
        expect(zodFiles("ts-bundler")).toEqual(nodenext);
      }, 60_000);
    }
  });
}
