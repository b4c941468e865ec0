// Packs the package as npm would publish it, and installs the tarball into
// throwaway consumer projects without the registry: the tarball is unpacked
// into node_modules, and zod is linked from this repository's devDependencies
// (`zod` for the newest, `zod-floor` for the peer range's floor), as are the
// Node.js types a Node project would have.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { packageName } from "../../scripts/sizes.mjs";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
export { packageName } from "../../scripts/sizes.mjs";

export interface Packed {
  /** Absolute path of the tarball. */
  tarball: string;
  /** Paths of the files in the tarball, relative to the package root. */
  files: string[];
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

/**
 * Runs `npm pack` into a new temporary folder, from the `dist/` that `npm test`
 * built: `--ignore-scripts` skips the `prepare` build, which would rebuild
 * (and briefly delete) `dist/` while other test files read it. The git-install
 * test checks that a build from a clean checkout gives the same files. Called
 * once per run, by test/global-setup.ts; test files get the result with
 * `inject("packed")`.
 */
export function pack(): Packed {
  const destination = temporaryFolder("pack");
  const args = ["pack", "--json", "--ignore-scripts", "--pack-destination", destination];
  const output = execFileSync("npm", args, {
    cwd: repoRoot,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  const [result] = JSON.parse(output) as { filename: string; files: { path: string }[] }[];
  if (result === undefined) throw new Error(`npm pack printed no result: ${output}`);
  return {
    tarball: join(destination, result.filename),
    files: result.files.map((file) => file.path).sort(),
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
