// Packs the package as npm would publish it, and installs the tarball into
// throwaway consumer projects without the registry: the tarball is unpacked
// into node_modules, and zod is linked from this repository's devDependencies
// (`zod` for the newest, `zod-floor` for the peer range's floor), as are the
// Node.js types a Node project would have.
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { packageName } from "../../scripts/sizes.mjs";
import { isolatedNpm, npmEnvironment } from "./npm-environment";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
export { packageName } from "../../scripts/sizes.mjs";

export interface Packed {
  /** Absolute path of the tarball. */
  tarball: string;
  /** Paths of the files in the tarball, relative to the package root. */
  files: string[];
  /** The tarball's integrity as npm records it in a lockfile: `sha512-` and its SHA-512 in base64. */
  integrity: string;
  /** The folder `npm pack` ran in: a copy of the files it packs, its package.json as `postpack` left it. */
  stage: string;
}

const temporaryFolders: string[] = [];

/** A new temporary folder, removed by {@link removeTemporaryFolders}. */
export function temporaryFolder(purpose: string): string {
  const folder = mkdtempSync(join(tmpdir(), `${packageName}-${purpose}-`));
  temporaryFolders.push(folder);
  return folder;
}

/** Removes every folder that {@link pack} and {@link installConsumer} made. */
export function removeTemporaryFolders(): void {
  for (const folder of temporaryFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/** npm's environment, free of this run's npm settings (an empty user config in `folder`), with this repository's tools (clean-pkg-json) on the PATH. */
export const packEnvironment = (folder: string): NodeJS.ProcessEnv => ({
  ...npmEnvironment(isolatedNpm(folder)),
  PATH: `${join(repoRoot, "node_modules", ".bin")}${delimiter}${process.env.PATH ?? ""}`,
});

/** The paths `npm pack` would put in the tarball, as it lists them without running any script. */
function packList(): string[] {
  const output = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: repoRoot,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  const [listing] = JSON.parse(output) as { files: { path: string }[] }[];
  if (listing === undefined) throw new Error(`npm pack --dry-run printed no result: ${output}`);
  return listing.files.map((file) => file.path);
}

/** A new temporary folder holding a copy of the files `npm pack` would pack from the repository. */
export function stageForPacking(): string {
  const stage = temporaryFolder("stage");
  for (const path of packList()) {
    mkdirSync(dirname(join(stage, path)), { recursive: true });
    copyFileSync(join(repoRoot, path), join(stage, path));
  }
  return stage;
}

/**
 * Packs the package exactly as `npm pack` and `npm publish` do, scripts included (`prepack`
 * cleans package.json with clean-pkg-json, `postpack` restores it), but in a copy: the files
 * npm would pack, from the `dist/` that `npm test` built, go to a new temporary folder, and
 * `npm pack` runs there. In the repository itself, `prepack` would rewrite package.json for a
 * moment while other test files read it. The tarball goes to `destination` (a new temporary
 * folder by default). Called once per run by test/global-setup.ts; test files get the result
 * with `inject("packed")`.
 */
export function pack(destination = temporaryFolder("pack")): Packed {
  const stage = stageForPacking();
  const settings = temporaryFolder("npm-settings");
  const output = execFileSync("npm", ["pack", "--json", "--pack-destination", destination], {
    cwd: stage,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: packEnvironment(settings),
  });
  const [result] = JSON.parse(output) as {
    filename: string;
    integrity: string;
    files: { path: string }[];
  }[];
  if (result === undefined) throw new Error(`npm pack printed no result: ${output}`);
  return {
    tarball: join(destination, result.filename),
    files: result.files.map((file) => file.path).sort(),
    integrity: result.integrity,
    stage,
  };
}

/**
 * Makes a consumer project: the fixtures from test/support/consumers, the unpacked
 * tarball and a link to the chosen zod (none when `zodFolder` is `null`: zod
 * is an optional peer). Returns the project's folder.
 */
export function installConsumer(tarball: string, zodFolder: "zod" | "zod-floor" | null): string {
  const project = temporaryFolder("consumer");
  cpSync(join(repoRoot, "test/support/consumers"), project, { recursive: true });
  const modules = join(project, "node_modules");
  mkdirSync(modules);
  execFileSync("tar", ["-xzf", tarball, "-C", modules]);
  renameSync(join(modules, "package"), join(modules, packageName));
  if (zodFolder)
    symlinkSync(join(repoRoot, "node_modules", zodFolder), join(modules, "zod"), "dir");
  mkdirSync(join(modules, "@types"));
  symlinkSync(join(repoRoot, "node_modules/@types/node"), join(modules, "@types/node"), "dir");
  return project;
}
