// The environment for the npm commands the tests run in throwaway projects: this machine's
// settings must not leak in. `npm test` exports its whole configuration to child processes as
// `npm_config_*` variables (on this machine, `omit-lockfile-registry-resolved=true` from the
// user's ~/.npmrc, which drops `resolved` from lockfiles), and npm reads those before any
// .npmrc; so every `npm_*` variable is dropped, and the user config and cache are named.
import { writeFileSync } from "node:fs";
import { join } from "node:path";

/** Where one npm command reads its settings and keeps its cache. */
export interface NpmSettings {
  /** The user config file (npm's `userconfig`); written empty unless it exists. */
  userconfig: string;
  /** npm's cache folder, or `undefined` for this machine's default (`~/.npm`). */
  cache?: string | undefined;
}

/** The process environment without npm's exported settings, with `settings` in their place. */
export function npmEnvironment({ userconfig, cache }: NpmSettings): NodeJS.ProcessEnv {
  const environment = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)),
  );
  return {
    ...environment,
    npm_config_userconfig: userconfig,
    ...(cache === undefined ? {} : { npm_config_cache: cache }),
    npm_config_update_notifier: "false",
    npm_config_fund: "false",
    npm_config_audit: "false",
  };
}

/** Writes an empty user config in `folder` and returns the settings that use it, with `cache`. */
export function isolatedNpm(folder: string, cache?: string): NpmSettings {
  const userconfig = join(folder, ".npmrc-user");
  writeFileSync(userconfig, "");
  return { userconfig, cache };
}
