// The readers that prove the annotation formats, each written by someone else and pinned exactly:
// jsonld and Apache Annotator in tools/readers (their own lockfile, not devDependencies: a git
// install fetches every devDependency, and these are about 24 MB), and NLTK, which Debian's
// python3-nltk gives Debian's own Python. When one is missing, its tests fail under CI (where
// .ci/run installs them all) and are skipped with a message elsewhere.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { repoRoot } from "./pack";

/** tools/readers, where the JavaScript readers are installed. */
export const readersFolder = join(repoRoot, "tools", "readers");

const manifest = JSON.parse(readFileSync(join(readersFolder, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
};

/** The exact version tools/readers pins for a reader, such as `"9.0.0"`. */
export const pinned = (name: string): string => manifest.dependencies[name] ?? "not pinned";

/** Why the JavaScript readers cannot run here, or `undefined` when they can. */
export const readersMissing = ["jsonld", "@apache-annotator/dom"].every((name) =>
  existsSync(join(readersFolder, "node_modules", name, "package.json")),
)
  ? undefined
  : "tools/readers is not installed: run `npm ci --prefix tools/readers`, as .ci/run does";

/** The version of a reader as installed, from its own package.json. */
export const installedVersion = (name: string): string =>
  (
    JSON.parse(readFileSync(join(readersFolder, "node_modules", name, "package.json"), "utf8")) as {
      version: string;
    }
  ).version;

/** The part of jsonld's API the tests use. */
export interface JsonLd {
  expand: (
    input: unknown,
    options: {
      documentLoader: (url: string) => Promise<{
        contextUrl: null;
        documentUrl: string;
        document: unknown;
      }>;
      safe: boolean;
    },
  ) => Promise<unknown[]>;
}

/** Loads jsonld (a CommonJS package) from tools/readers. */
export const loadJsonLd = (): JsonLd =>
  createRequire(join(readersFolder, "package.json"))("jsonld") as JsonLd;

/** Debian's own Python, which sees Debian's python3-nltk (the `python3` on PATH may not). */
export const debianPython = "/usr/bin/python3";

/** Why NLTK cannot run here, or `undefined` when it can (it asks Python, so only when called). */
export function nltkMissing(): string | undefined {
  try {
    execFileSync(debianPython, ["-c", "import nltk"], { stdio: "ignore" });
    return undefined;
  } catch {
    return `${debianPython} cannot import nltk: install Debian's python3-nltk (apt-get install -y python3-nltk), as .ci/run does`;
  }
}
