// Compares folders file by file and byte for byte: an installed package with the tarball it
// came from.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { temporaryFolder } from "./pack";

/** Every file under `folder`, relative to it, sorted. */
export const filesUnder = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();

/** The tarball unpacked into a new temporary folder: the path of its `package/` folder. */
export function unpacked(tarball: string): string {
  const folder = temporaryFolder("unpacked");
  execFileSync("tar", ["-xzf", tarball, "-C", folder]);
  return join(folder, "package");
}

/**
 * The paths, relative to either folder, that are in one and not the other or whose bytes
 * differ; empty when the folders hold the same files.
 */
export function differingFiles(actual: string, expected: string): string[] {
  const actualFiles = filesUnder(actual);
  const expectedFiles = filesUnder(expected);
  const all = [...new Set([...actualFiles, ...expectedFiles])].sort();
  return all.filter(
    (file) =>
      !actualFiles.includes(file) ||
      !expectedFiles.includes(file) ||
      !readFileSync(join(actual, file)).equals(readFileSync(join(expected, file))),
  );
}
