// Finds the code blocks of a Markdown file that a reader would run: JavaScript
// (as an ES module or as CommonJS, from what the block uses), TypeScript (to
// type-check), jq command lines and Python. A block meant as a fragment is
// marked with `<!-- fragment: NAME -->` on the line before its fence.

/** How a block is run. */
type BlockKind = "esm" | "cjs" | "ts" | "jq" | "python";

/** One runnable code block. */
export interface CodeBlock {
  kind: BlockKind;
  /** The block's text, without its fences. */
  code: string;
  /** 1-based line of its opening fence. */
  line: number;
  /** The name given by a `<!-- fragment: NAME -->` marker, if the block has one. */
  fragment: string | undefined;
}

const fence = /^```([\w-]*)\s*$/;
const marker = /^<!--\s*fragment:\s*([\w-]+)\s*-->$/;
const esmSyntax = /^\s*(import\s*[\w{*"']|export\s)/m;
const cjsSyntax = /\brequire\(/;

/**
 * How a block in this language is run, or undefined for a block that is not
 * run (other languages, and shell blocks that do not start with `jq`).
 * @throws Error for a JavaScript block that both imports and requires: two alternatives in one.
 */
function kindOf(language: string, code: string, line: number): BlockKind | undefined {
  switch (language) {
    case "js":
    case "javascript":
      if (esmSyntax.test(code) && cjsSyntax.test(code)) {
        throw new Error(
          `README block at line ${line} mixes import and require: split it into one block each`,
        );
      }
      return cjsSyntax.test(code) ? "cjs" : "esm";
    case "ts":
    case "typescript":
      return "ts";
    case "sh":
    case "bash":
    case "shell":
      return /^jq\s/.test(code.replace(/^(#.*\n|\s*\n)*/, "")) ? "jq" : undefined;
    case "python":
    case "py":
      return "python";
    default:
      return undefined;
  }
}

/** Every runnable code block of a Markdown text, in order. */
export function runnableBlocks(markdown: string): CodeBlock[] {
  const lines = markdown.split("\n");
  const blocks: CodeBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const opening = fence.exec(lines[index]!);
    if (!opening) continue;
    const end = lines.findIndex((text, at) => at > index && text.trim() === "```");
    if (end === -1) throw new Error(`README block at line ${index + 1} is never closed`);
    const code = lines.slice(index + 1, end).join("\n");
    const previous =
      lines
        .slice(0, index)
        .filter((text) => text.trim() !== "")
        .pop() ?? "";
    const kind = kindOf(opening[1]!.toLowerCase(), code, index + 1);
    if (kind) {
      blocks.push({ kind, code, line: index + 1, fragment: marker.exec(previous.trim())?.[1] });
    }
    index = end;
  }
  return blocks;
}
