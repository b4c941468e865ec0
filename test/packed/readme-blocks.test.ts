// Every JavaScript and TypeScript block in the README and in docs/formats.md runs as written, in
// a consumer project with the packed tarball installed: JavaScript as an ES module or CommonJS
// file, TypeScript type-checked (module nodenext, strict; skipLibCheck, since the consumer tests
// check the declarations themselves). The jq and Python blocks run when jq and Python exist:
// Debian's own /usr/bin/python3 when there is one (it sees Debian's python3-nltk and
// translate-toolkit, which blocks that import them need), else the python3 on the PATH. A block
// that imports nltk or translate is skipped with a message when that Python cannot import it,
// except under CI=true, where it runs and fails.
// A block that is a fragment on purpose is marked `<!-- fragment: NAME -->` and skipped by name;
// at most two may be.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { installConsumer, removeTemporaryFolders, repoRoot } from "../support/pack";
import { runnableBlocks, type CodeBlock } from "../support/readme-blocks";

/** The pages whose code blocks run, and their blocks, each with the page it is on. */
const pages = ["README.md", "docs/formats.md"];
const blocks = pages.flatMap((page) =>
  runnableBlocks(readFileSync(join(repoRoot, page), "utf8")).map((block) => ({ ...block, page })),
);

/** Whether a command is on the PATH. */
function installed(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
/** The Python that runs the Python blocks: Debian's own when there is one, else the PATH's. */
const python = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
const tools = { jq: installed("jq"), python: installed(python) };
/** Whether that Python can import a module. */
const imports = (module: string): boolean => {
  try {
    execFileSync(python, ["-c", `import ${module}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};
/** The Debian module a Python block imports, if any: nltk or translate (translate-toolkit). */
const debianModule = (block: CodeBlock) =>
  /^\s*(?:import|from)\s+(nltk|translate)\b/m.exec(block.code)?.[1];

/** Runs a command in the consumer project; returns its output, or throws with its stderr. */
function run(command: string, args: string[], cwd: string, input?: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: "utf8", stdio: "pipe", input });
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    throw new Error(`${command} failed:\n${stdout}${stderr}`, { cause: error });
  }
}

const tsconfig = (file: string) => ({
  compilerOptions: {
    module: "nodenext",
    moduleResolution: "nodenext",
    target: "es2022",
    lib: ["es2022"],
    types: ["node"],
    strict: true,
    resolveJsonModule: true,
    skipLibCheck: true,
    noEmit: true,
  },
  files: [file],
});

/** Runs one block in the consumer project. */
function runBlock(block: CodeBlock & { page: string }, project: string): void {
  const name = `${block.page.replace(/\W+/g, "-")}-line-${block.line}`;
  switch (block.kind) {
    case "esm":
    case "cjs": {
      const file = `${name}.${block.kind === "esm" ? "mjs" : "cjs"}`;
      writeFileSync(join(project, file), block.code);
      run(process.execPath, [file], project);
      return;
    }
    case "ts": {
      // In its own folder, an ES module package, as a TypeScript user's project would be.
      const folder = join(project, name);
      mkdirSync(folder);
      writeFileSync(join(folder, "package.json"), JSON.stringify({ type: "module" }));
      writeFileSync(join(folder, "index.ts"), block.code);
      writeFileSync(join(folder, "tsconfig.json"), JSON.stringify(tsconfig("index.ts")));
      const tsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");
      run(process.execPath, [tsc, "-p", folder], project);
      return;
    }
    case "jq":
      run("sh", ["-e"], project, block.code);
      return;
    case "python":
      run(python, ["-"], project, block.code);
      return;
  }
}

let project: string;
beforeAll(() => {
  project = installConsumer(inject("packed").tarball, "zod");
}, 120_000);
afterAll(removeTemporaryFolders);

describe("code blocks of the README and docs/formats.md", () => {
  it("include JavaScript (ESM and CJS), TypeScript, jq and Python blocks to run", () => {
    const kinds = new Set(blocks.map((block) => block.kind));
    expect([...kinds].sort()).toEqual(["cjs", "esm", "jq", "python", "ts"]);
  });

  it("mark at most two blocks as fragments, each with its own name", () => {
    const names = blocks.flatMap((block) => (block.fragment ? [block.fragment] : []));
    expect(names.length).toBeLessThanOrEqual(2);
    expect(new Set(names).size).toBe(names.length);
  });

  for (const block of blocks) {
    const title = `${block.kind} block at ${block.page} line ${block.line}`;
    if (block.fragment) {
      it.skip(`${title}: fragment "${block.fragment}", not run`, () => undefined);
    } else if (block.kind === "jq" && !tools.jq) {
      it.skip(`${title}: not run, jq is not installed`, () => undefined);
    } else if (block.kind === "python" && !tools.python) {
      it.skip(`${title}: not run, python3 is not installed`, () => undefined);
    } else if (
      block.kind === "python" &&
      debianModule(block) !== undefined &&
      !process.env.CI &&
      !imports(debianModule(block)!)
    ) {
      it.skip(`${title}: not run, ${python} cannot import ${debianModule(block)!}`, () =>
        undefined);
    } else {
      it(`${title} runs as written`, () => runBlock(block, project), 120_000);
    }
  }
});

describe("runnableBlocks", () => {
  const markdown = [
    "# Title",
    "```js",
    'import { a } from "x";',
    "```",
    "```js",
    'const { a } = require("x");',
    "```",
    "<!-- fragment: partial -->",
    "",
    "```ts",
    "a.b;",
    "```",
    "```sh",
    "npm install x",
    "```",
    "```sh",
    "jq . file.json",
    "```",
    "```json",
    "{}",
    "```",
    "```python",
    "print(1)",
    "```",
  ].join("\n");

  it("classifies each block and reads fragment markers", () => {
    expect(
      runnableBlocks(markdown).map(({ kind, line, fragment }) => ({ kind, line, fragment })),
    ).toEqual([
      { kind: "esm", line: 2, fragment: undefined },
      { kind: "cjs", line: 5, fragment: undefined },
      { kind: "ts", line: 10, fragment: "partial" },
      { kind: "jq", line: 16, fragment: undefined },
      { kind: "python", line: 22, fragment: undefined },
    ]);
  });

  it("refuses a JavaScript block that both imports and requires", () => {
    expect(() => runnableBlocks('```js\nimport a from "a";\nconst b = require("b");\n```')).toThrow(
      "README block at line 1 mixes import and require",
    );
  });
});
