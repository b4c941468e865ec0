// The programs, written by others, that read the corpus formats back in the tests: Debian's
// translate-toolkit (through Debian's own Python, which sees Debian's Python modules; the
// `python3` first on a PATH may be another build), xmllint and the sqlite3 shell. .ci/run installs
// them. When one is missing, its tests fail under CI and are skipped with a message elsewhere.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** Debian's Python interpreter. */
export const debianPython = "/usr/bin/python3";

/** The script that reads a TMX file with translate-toolkit and prints it as JSON. */
export const tmxReader = fileURLToPath(new URL("tmx-read.py", import.meta.url));

/** Whether a command runs and exits with status 0. */
function runs(command: string, args: readonly string[]): boolean {
  try {
    execFileSync(command, args, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * Why a reader cannot run here (`undefined` when it can): `command args` must succeed, and
 * `install` says how to get it.
 */
function missing(command: string, args: readonly string[], install: string): string | undefined {
  return runs(command, args) ? undefined : `${install} is not installed (as .ci/run installs it)`;
}

/** Why Debian's Python cannot run here, or `undefined`. */
export const pythonMissing = missing(
  debianPython,
  ["--version"],
  "Debian's Python (/usr/bin/python3)",
);

/** Why the TMX readers (translate-toolkit and xmllint) cannot run here, or `undefined`. */
export const tmxReadersMissing =
  pythonMissing ??
  missing(debianPython, ["-c", "import translate.storage.tmx"], "Debian's translate-toolkit") ??
  missing("xmllint", ["--version"], "xmllint (Debian's libxml2-utils)");

/** Why the sqlite3 shell cannot run here, or `undefined`. */
export const sqliteMissing = missing(
  "sqlite3",
  ["--version"],
  "the sqlite3 shell (Debian's sqlite3)",
);

/**
 * Whether to skip the tests that need a reader: when it is missing, except under CI, where they
 * run and fail. Prints why it skips.
 */
export function skipWithout(why: string | undefined): boolean {
  const skip = why !== undefined && !process.env.CI;
  if (skip) console.warn(`Skipping: ${why}`);
  return skip;
}

/** Runs a command; returns its standard output, or throws with its standard error. */
export function run(command: string, args: readonly string[], input?: string): string {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: "pipe", input });
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    throw new Error(`${command} failed:\n${stdout}${stderr}`, { cause: error });
  }
}
