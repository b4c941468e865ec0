// One verdict for every supported zod: the hostile corpus through parseArticle from the packed
// tarball, installed in two consumer projects, one with the floor of the peer range (zod-floor,
// 4.0.16) and one with the newest zod. Both builds are loaded with Node's own require, so each
// loads the zod of its own project.
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { versionOf } from "../support/compilers";
import { hostileCorpus } from "../support/hostile-corpus";
import { installConsumer, packageName, removeTemporaryFolders } from "../support/pack";
import type { SchemaEntry } from "../support/builds";

interface Verdict {
  valid: boolean;
  paths: string[];
}

/** `parseArticle`'s verdict on every case, from the project's `./schema` entry. */
function verdicts(schema: SchemaEntry): Verdict[] {
  return hostileCorpus.map(({ input }) => {
    try {
      schema.parseArticle(input());
      return { valid: true, paths: [] };
    } catch (error) {
      // Only ArticleValidationError may come out, from either zod.
      expect(error).toBeInstanceOf(schema.ArticleValidationError);
      const { issues } = error as InstanceType<SchemaEntry["ArticleValidationError"]>;
      return { valid: false, paths: issues.map((issue) => issue.path.join(".")) };
    }
  });
}

describe("the hostile corpus under the floor and the newest zod", () => {
  const zods = ["zod-floor", "zod"] as const;
  const results = new Map<string, Verdict[]>();

  beforeAll(() => {
    const { tarball } = inject("packed");
    for (const zod of zods) {
      const require = createRequire(join(installConsumer(tarball, zod), "package.json"));
      const schema = require(`${packageName}/schema`) as SchemaEntry;
      // The zod the package itself loads, from where it is installed.
      const requireFromPackage = createRequire(require.resolve(`${packageName}/schema`));
      const { version } = requireFromPackage("zod/package.json") as { version: string };
      expect(version).toBe(versionOf(zod));
      results.set(zod, verdicts(schema));
    }
  }, 120_000);
  afterAll(removeTemporaryFolders);

  it(`runs with zod ${versionOf("zod-floor")} and ${versionOf("zod")}`, () => {
    expect(versionOf("zod-floor")).toBe("4.0.16");
    expect([...results.keys()]).toEqual([...zods]);
  });

  hostileCorpus.forEach(({ name, valid, at }, index) => {
    it(`gives one verdict on ${name}: ${valid ? "valid" : `invalid, at ${at === "" ? "the root" : String(at)}`}`, () => {
      for (const zod of zods) {
        const verdict = results.get(zod)?.[index];
        expect(verdict?.valid, zod).toBe(valid);
        if (!valid) expect(verdict?.paths, zod).toContain(at);
      }
    });
  });
});
