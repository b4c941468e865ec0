// The TypeScript compilers the consumer projects are checked with, all devDependencies
// (typescript-5.5, -6.0 and -7.0 are npm aliases), and a way to run one.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./pack";

/** The oldest supported TypeScript, ours, and the two newer majors, by node_modules folder. */
export const typescripts = [
  "typescript-5.5",
  "typescript",
  "typescript-6.0",
  "typescript-7.0",
] as const;

/** The version of the package installed in this repository's node_modules/`folder`. */
export const versionOf = (folder: string): string =>
  (
    JSON.parse(readFileSync(join(repoRoot, "node_modules", folder, "package.json"), "utf8")) as {
      version: string;
    }
  ).version;

/** The path of the `tsc` script of the TypeScript in node_modules/`typescript`. */
export const tscOf = (typescript: string): string =>
  join(repoRoot, "node_modules", typescript, "bin", "tsc");

/** Runs a compiler on a project (`-p`); returns its error output, empty when the check passed. */
export function typeCheck(typescript: string, project: string, ...options: string[]): string {
  try {
    execFileSync(process.execPath, [tscOf(typescript), "-p", project, ...options], {
      encoding: "utf8",
      stdio: "pipe",
    });
    return "";
  } catch (error) {
    return (error as { stdout: string }).stdout || String(error);
  }
}

/** The files a compiler would load for a project (`--listFilesOnly`), without checking them. */
export function listFiles(typescript: string, project: string): string[] {
  const output = execFileSync(
    process.execPath,
    [tscOf(typescript), "-p", project, "--listFilesOnly"],
    {
      encoding: "utf8",
    },
  );
  return output.split("\n").filter((line) => line !== "");
}
