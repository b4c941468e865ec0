// Depending on the package from another package, as a library author does: a library installs
// the tarball with npm, exports values built with the package's helpers without writing their
// types, and compiles with `declaration: true`. Its declarations must be portable (no TS2742:
// they name the package's types through the package's name), a project using the library must
// type-check against them, and typescript-eslint's strictTypeChecked preset must find no
// unbound method where the library passes `forArticle(article).getTopics` around as a value.
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { npm, type NpmProject } from "../support/npm-project";
import { isolatedNpm } from "../support/npm-environment";
import { packageName, removeTemporaryFolders, repoRoot, temporaryFolder } from "../support/pack";

const run = promisify(execFile);
const fixtures = join(repoRoot, "test", "support", "consumers");
const tsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");
const eslint = join(repoRoot, "node_modules", "eslint", "bin", "eslint.js");

/** Runs a Node.js script; its output, and its exit status instead of an exception. */
async function node(args: string[], cwd: string): Promise<{ status: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd });
    return { status: 0, output: `${stdout}${stderr}` };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { status: code, output: `${stdout}${stderr}` };
  }
}

let library: string;
let user: string;
let compiled: { status: number; output: string };
beforeAll(async () => {
  const root = temporaryFolder("dependent-library");
  library = join(root, "dependent-library");
  user = join(root, "library-user");
  cpSync(join(fixtures, "dependent-library"), library, { recursive: true });
  cpSync(join(fixtures, "library-user"), user, { recursive: true });
  const project: NpmProject = {
    folder: library,
    settings: isolatedNpm(temporaryFolder("library-npm"), temporaryFolder("library-cache")),
  };
  const install = await npm(project, [
    "install",
    "--strict-allow-scripts",
    "--offline",
    inject("packed").tarball,
  ]);
  if (!install.ok) throw new Error(`npm install failed: ${install.stderr}`);
  // The library's ESLint config imports typescript-eslint: this repository's.
  symlinkSync(
    join(repoRoot, "node_modules", "typescript-eslint"),
    join(library, "node_modules", "typescript-eslint"),
    "dir",
  );
  mkdirSync(join(user, "node_modules"));
  symlinkSync(library, join(user, "node_modules", "dialogue-digest"), "dir");
  compiled = await node([tsc, "-p", "."], library);
}, 120_000);
afterAll(removeTemporaryFolders);

describe("a library that depends on the package", () => {
  it("compiles with declaration: true, with no error (TS2742 included)", () => {
    expect(compiled).toEqual({ status: 0, output: "" });
  });

  it("emits declarations that name the package's types by the package's name", () => {
    const declarations = readFileSync(join(library, "dist", "index.d.ts"), "utf8");
    expect(declarations).toContain(`import("${packageName}").ArticleQueries<`);
    expect(declarations).not.toMatch(/node_modules|article-types-/);
  });

  it("gives a project that uses it declarations it type-checks against", async () => {
    expect(await node([tsc, "-p", "."], user)).toEqual({ status: 0, output: "" });
  }, 60_000);

  it("passes the helpers around with no unbound-method report from strictTypeChecked", async () => {
    const { output } = await node([eslint, "--format", "json", "src"], library);
    const results = JSON.parse(output) as {
      filePath: string;
      messages: { ruleId: string | null; line: number }[];
    }[];
    const reports = results.flatMap((result) =>
      result.messages.map(
        (message) =>
          `${result.filePath.slice(library.length + 1)}:${String(message.line)} ${String(message.ruleId)}`,
      ),
    );
    // The one report is the control: a class method detached on purpose.
    expect(reports).toEqual(["src/rule-check.ts:10 @typescript-eslint/unbound-method"]);
  }, 60_000);
});
