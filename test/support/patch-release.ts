// A second release of the tested tarball that differs only in its patch version: the packed
// package.json with its `version` rewritten, packed again. Used as the newer version on a
// registry, and as a different tarball served where the tested one was.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isolatedNpm, npmEnvironment } from "./npm-environment";
import { temporaryFolder, type Packed } from "./pack";

/** A tarball made by {@link patchRelease}. */
export interface PatchRelease {
  /** Its version, such as `"0.2.1"` for `"0.2.0"`. */
  version: string;
  /** Absolute path of the tarball. */
  tarball: string;
  /** Its integrity as npm reports it (`sha512-…`). */
  integrity: string;
}

/** Repacks `packed` with the next patch version in its package.json, and nothing else changed. */
export function patchRelease(packed: Packed): PatchRelease {
  const folder = temporaryFolder("patch-release");
  execFileSync("tar", ["-xzf", packed.tarball, "-C", folder]);
  const manifestPath = join(folder, "package", "package.json");
  const manifest = readFileSync(manifestPath, "utf8");
  const current = (JSON.parse(manifest) as { version: string }).version;
  const [major, minor, patch] = current.split(".").map(Number);
  const version = `${String(major)}.${String(minor)}.${String(Number(patch) + 1)}`;
  writeFileSync(
    manifestPath,
    manifest.replace(`"version": "${current}"`, `"version": "${version}"`),
  );
  const output = execFileSync(
    "npm",
    ["pack", "--json", "--ignore-scripts", "--pack-destination", folder],
    {
      cwd: join(folder, "package"),
      encoding: "utf8",
      env: npmEnvironment(isolatedNpm(folder)),
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const [result] = JSON.parse(output) as { filename: string; integrity: string }[];
  if (result === undefined) throw new Error(`npm pack printed no result: ${output}`);
  return { version, tarball: join(folder, result.filename), integrity: result.integrity };
}
