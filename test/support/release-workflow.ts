// The steps of .github/workflows/release.yml, read from its text (the file is written in one
// plain style: two-space indents, one step per `- ` item), so tests can check their order and
// run the very command a step runs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./pack";

/** One step of the release job. */
export interface WorkflowStep {
  /** Its `name`, if it has one. */
  name: string | undefined;
  /** The action it uses (`owner/repo@ref`), with the comment after it. */
  uses: string | undefined;
  /** Its shell command: a folded (`>-`) block joined with spaces, a literal (`|`) block with newlines. */
  run: string | undefined;
  /** Its `env`, values unquoted. */
  env: Record<string, string>;
  /** Its `with` (the action's inputs), values unquoted. */
  with: Record<string, string>;
}

/** The text of release.yml. */
export const releaseWorkflow = readFileSync(
  join(repoRoot, ".github/workflows/release.yml"),
  "utf8",
);

/** The lines of a block scalar (`>-` or `|`) that start after `header`, dedented. */
function blockAfter(lines: string[], header: number): string[] {
  const indent = /^ */.exec(lines[header]!)![0].length;
  const block: string[] = [];
  for (const line of lines.slice(header + 1)) {
    if (line.trim() !== "" && /^ */.exec(line)![0].length <= indent) break;
    block.push(line.trim());
  }
  return block;
}

/** The steps of the workflow's one job, in order. */
export function releaseSteps(workflow = releaseWorkflow): WorkflowStep[] {
  const steps = workflow.slice(workflow.indexOf("\n    steps:\n") + "\n    steps:\n".length);
  return steps
    .split(/^ {6}- /m)
    .slice(1)
    .map((item) => {
      const lines = `        ${item}`.split("\n").filter((line) => !/^\s*#/.test(line));
      const field = (key: string) => lines.findIndex((line) => line.startsWith(`        ${key}:`));
      const value = (key: string) => {
        const index = field(key);
        return index === -1 ? undefined : lines[index]!.slice(`        ${key}:`.length).trim();
      };
      let run = value("run");
      if (run === ">-") run = blockAfter(lines, field("run")).join(" ").trim();
      else if (run === "|") run = blockAfter(lines, field("run")).join("\n").trim();
      const map = (key: string): Record<string, string> =>
        field(key) === -1
          ? {}
          : Object.fromEntries(
              blockAfter(lines, field(key))
                .filter((line) => line !== "")
                .map((line) => {
                  const [name = "", ...rest] = line.split(":");
                  return [
                    name.trim(),
                    rest
                      .join(":")
                      .trim()
                      .replace(/^"(.*)"$/, "$1"),
                  ];
                }),
            );
      return { name: value("name"), uses: value("uses"), run, env: map("env"), with: map("with") };
    });
}

/** The step with this name; throws when there is none. */
export function releaseStep(name: string): WorkflowStep {
  const step = releaseSteps().find((candidate) => candidate.name === name);
  if (!step) throw new Error(`release.yml has no step named ${JSON.stringify(name)}`);
  return step;
}
