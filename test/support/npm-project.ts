// Throwaway npm projects for the install tests: each with its own package.json, its own user
// config (so this machine's ~/.npmrc does not apply) and, unless told otherwise, its own empty
// cache (so npm's shared cache cannot answer for a download the test is about).
import { execFile } from "node:child_process";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { isolatedNpm, npmEnvironment, type NpmSettings } from "./npm-environment";
import { temporaryFolder } from "./pack";

const run = promisify(execFile);

/** A consumer project and the npm settings it runs with. */
export interface NpmProject {
  /** The project's folder. */
  folder: string;
  /** Its user config and cache. */
  settings: NpmSettings;
}

/** What one npm command printed, and whether it exited with 0. */
export interface NpmOutcome {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/**
 * A new project named `name` with a private package.json, its own empty cache, and a user
 * config holding `npmrc` (lines such as `registry=…`).
 */
export function npmProject(name: string, npmrc: readonly string[] = []): NpmProject {
  const folder = temporaryFolder(name);
  writeFileSync(
    join(folder, "package.json"),
    `${JSON.stringify({ name, version: "1.0.0", private: true }, null, 2)}\n`,
  );
  const settings = isolatedNpm(temporaryFolder(`${name}-npm`), temporaryFolder(`${name}-cache`));
  appendFileSync(settings.userconfig, npmrc.map((line) => `${line}\n`).join(""));
  return { folder, settings };
}

/** Runs `npm …args` in the project, with `settings` when given (another cache, say). */
export async function npm(
  { folder, settings }: NpmProject,
  args: readonly string[],
  override: Partial<NpmSettings> = {},
): Promise<NpmOutcome> {
  const env = npmEnvironment({ ...settings, ...override });
  try {
    const { stdout, stderr } = await run("npm", args, { cwd: folder, env });
    return { ok: true, stdout, stderr };
  } catch (error) {
    const { stdout = "", stderr = String(error) } = error as { stdout?: string; stderr?: string };
    return { ok: false, stdout, stderr };
  }
}

/**
 * Runs a shell command in the project, such as a workflow step's `run`, with npm's settings and
 * the extra variables in `env`.
 */
export async function shellIn(
  { folder, settings }: NpmProject,
  command: string,
  env: Record<string, string>,
): Promise<NpmOutcome> {
  try {
    const { stdout, stderr } = await run("sh", ["-c", command], {
      cwd: folder,
      env: { ...npmEnvironment(settings), ...env },
    });
    return { ok: true, stdout, stderr };
  } catch (error) {
    const { stdout = "", stderr = String(error) } = error as { stdout?: string; stderr?: string };
    return { ok: false, stdout, stderr };
  }
}

/** The project's package-lock.json entry for `name` (installed at the top level). */
export function lockfileEntry(
  { folder }: NpmProject,
  name: string,
): { version?: string; resolved?: string; integrity?: string } | undefined {
  const lockfile = JSON.parse(readFileSync(join(folder, "package-lock.json"), "utf8")) as {
    packages: Record<string, { version?: string; resolved?: string; integrity?: string }>;
  };
  return lockfile.packages[`node_modules/${name}`];
}
