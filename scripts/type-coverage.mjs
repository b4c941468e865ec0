// npm run lint:types: type coverage in strict mode (type-coverage-core), in one pass over the
// whole program: every identifier typed, no `any`, no type or non-null assertion. Fails below
// 100% in src/ or below 99% in the rest (tests, scripts, configs), and lists each gap.
// A gap that cannot go carries `// type-coverage:ignore-next-line -- reason` on the line above.
import { relative } from "node:path";
import { lint } from "type-coverage-core";

// Declarations built into dist/ (which the type tests import) are not ours to count.
const counted = (/** @type {string} */ file) => !file.startsWith("dist/") && !file.startsWith("..");
/** @type {{ name: string, test: (file: string) => boolean, atLeast: number }[]} */
const areas = [
  { name: "src/", test: (file) => file.startsWith("src/"), atLeast: 100 },
  { name: "the rest", test: (file) => counted(file) && !file.startsWith("src/"), atLeast: 99 },
];

const result = await lint("tsconfig.json", { strict: true, fileCounts: true });
const root = process.cwd();
const rel = (/** @type {string} */ file) => relative(root, file);

let failed = false;
for (const area of areas) {
  let correct = 0;
  let total = 0;
  for (const [file, counts] of result.fileCounts) {
    if (!area.test(rel(file))) continue;
    correct += counts.correctCount;
    total += counts.totalCount;
  }
  const percent = total === 0 ? 100 : Math.floor((correct / total) * 10_000) / 100;
  const ok = percent >= area.atLeast;
  failed ||= !ok;
  console.log(
    `type-coverage ${area.name}: ${percent}% (${correct} / ${total}), at least ${area.atLeast}%${ok ? "" : ": FAILED"}`,
  );
  for (const gap of result.anys) {
    if (area.test(rel(gap.file))) {
      console.log(`  ${rel(gap.file)}:${gap.line + 1}:${gap.character + 1}: ${gap.text}`);
    }
  }
}
if (failed) process.exitCode = 1;
