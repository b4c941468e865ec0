// The source text as the tests see it: read from the committed copy of the
// original file (src/data/article.ru.txt), split into blocks at blank lines and trimmed.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

const sourceBytes = readFileSync(new URL("../../src/data/article.ru.txt", import.meta.url));

/** SHA-256 (hex) of the source text file. */
export const sourceSha256 = createHash("sha256").update(sourceBytes).digest("hex");

/** The source file's blocks, trimmed: the headline first, then each paragraph. */
export const sourceBlocks = sourceBytes
  .toString("utf8")
  .split(/\n\s*\n/)
  .map((block) => block.trim());
