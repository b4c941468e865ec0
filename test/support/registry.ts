// A throwaway npm registry: Verdaccio, pinned in tools/registry (not a devDependency: a git
// install installs every devDependency), started on a free port of 127.0.0.1 with its storage
// in a new temporary folder and no uplinks, so it never reaches another registry. Anyone may
// read; publishing needs a user, which `addUser` creates.
import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { repoRoot, temporaryFolder } from "./pack";

const folder = join(repoRoot, "tools", "registry");
const manifest = join(folder, "package.json");

/** Why the registry tests cannot run here, or `undefined` when they can. */
export const registryMissing = existsSync(join(folder, "node_modules", "verdaccio"))
  ? undefined
  : "tools/registry is not installed: run `npm ci --prefix tools/registry`, as .ci/run does";

/** A running registry. */
export interface Registry {
  /** Its URL, ending in `/`. */
  url: string;
  /** Creates a user and returns its token, for `//127.0.0.1:<port>/:_authToken=`. */
  addUser: (name: string) => Promise<string>;
  /** Stops the server and waits for its process to end. */
  stop: () => Promise<void>;
}

const config = `# Written by test/support/registry.ts: a local registry that reaches no other.
storage: ./storage
auth:
  htpasswd:
    file: ./htpasswd
    max_users: 100
uplinks: {}
packages:
  "**":
    access: $all
    publish: $all
    unpublish: $all
web:
  enable: false
log: { type: stdout, format: pretty, level: warn }
max_body_size: 20mb
`;

/** Starts Verdaccio; rejects with its output if it is not listening within a minute. */
export async function startRegistry(): Promise<Registry> {
  if (registryMissing) throw new Error(registryMissing);
  const home = temporaryFolder("registry");
  writeFileSync(join(home, "config.yaml"), config);
  const verdaccio = pathToFileURL(createRequire(manifest).resolve("verdaccio")).href;
  const script = `
const { runServer } = await import(${JSON.stringify(verdaccio)});
const server = await runServer(process.argv[1]);
server.listen(0, "127.0.0.1", () => console.log("listening on http://127.0.0.1:" + server.address().port + "/"));
process.on("SIGTERM", () => { server.close(() => process.exit(0)); server.closeAllConnections(); });`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script, "config.yaml"], {
    cwd: home,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`Verdaccio did not start within a minute:\n${output}`));
    }, 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (listening) {
        clearTimeout(timer);
        resolve(listening[1]!);
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Verdaccio exited (${String(code)}) before listening:\n${output}`));
    });
  });
  return {
    url,
    addUser: async (name) => {
      const response = await fetch(`${url}-/user/org.couchdb.user:${name}`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name, password: `${name}-password` }),
      });
      const { token } = (await response.json()) as { token?: string };
      if (!response.ok || !token) throw new Error(`could not add user ${name}: ${response.status}`);
      return token;
    },
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
