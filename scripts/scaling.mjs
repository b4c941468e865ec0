// npm run bench, first part: how the cost of each public function grows with its input, and what
// a huge invalid input costs in errors. Each function runs on an input of size n and of size 4n,
// side by side in one run: linear code takes about 4 times as long on the larger one, quadratic
// code about 16 times. Not a test: times vary by machine; the tests assert only deterministic
// counts (test/source/).
//
// Times are CPU time, the least of several calls, with garbage collected before each (npm run
// bench runs Node with --expose-gc, and with a larger young generation, --max-semi-space-size=64,
// so that a large call's short-lived objects die young as a small call's do, and the collector
// does not blur the ratios). The
// functions are loaded from a built dist/ folder, by default this repository's; to measure an
// older build the same way:
//   node --expose-gc --max-semi-space-size=64 \
//     -e 'import("./scripts/scaling.mjs").then((m) => m.printScaling("/tmp/old/dist"))'
import { spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";

/** @typedef {import("../src/index").Article} Article */
/** @typedef {typeof import("../src/index")} Main */
/** @typedef {typeof import("../src/schema/index")} Schema */
/** @typedef {typeof import("../src/formats/index")} Formats */
/** @typedef {{ ms: number, message: number, issues: number, issueCount?: number, peak: number, held: number }} ErrorCost */

const defaultDist = fileURLToPath(new URL("../dist", import.meta.url));

/**
 * The item of `items` with this id.
 * @template {{ id: string }} Item
 * @param {readonly Item[]} items @param {string} id
 */
function withId(items, id) {
  const found = items.find((item) => item.id === id);
  if (found === undefined) throw new Error(`no item has id ${id}`);
  return found;
}

/**
 * `count` copies of `item`, the i-th changed by `change(i)`.
 * @template Item
 * @param {Item} item @param {number} count @param {(i: number) => Partial<Item>} change
 * @returns {Item[]}
 */
const copies = (item, count, change) =>
  Array.from({ length: count }, (_, i) => ({ ...item, ...change(i) }));

/**
 * `article` plus `n` states, each a copy of Turkmenistan with its own id.
 * @param {Article} article @param {number} n @returns {Article}
 */
function withStates(article, n) {
  const turkmenistan = withId(article.entities, "turkmenistan");
  const states = copies(turkmenistan, n, (i) => ({ id: `state-${i}` }));
  return { ...article, entities: [...article.entities, ...states] };
}

/**
 * `article` with `n` paragraphs, each a copy of p1 with its own ids.
 * @param {Article} article @param {number} n @returns {Article}
 */
function withParagraphs(article, n) {
  const p1 = withId(article.paragraphs, "p1");
  const paragraphs = copies(p1, n, (i) => ({
    id: `p${i + 1}`,
    sentences: p1.sentences.map((sentence, j) => ({ ...sentence, id: `p${i + 1}-s${j + 1}` })),
  }));
  return { ...article, paragraphs };
}

/**
 * `article` with `n` people, each holding a post in the EEAS (a relation each).
 * @param {Article} article @param {number} n @returns {Article}
 */
function withPosts(article, n) {
  const schmid = withId(article.entities, "helga-schmid");
  const post = withId(article.relations, "helga-schmid-holds-post-in-eeas");
  const people = copies(schmid, n, (i) => ({ id: `person-${i}` }));
  const posts = copies(post, n, (i) => ({ id: `post-${i}`, subjectId: `person-${i}` }));
  return {
    ...article,
    entities: [...article.entities, ...people],
    relations: [...article.relations, ...posts],
  };
}

/**
 * `article` with `n` more states and a participant for each.
 * @param {Article} article @param {number} n @returns {Article}
 */
function withParticipants(article, n) {
  const withMore = withStates(article, n);
  const side = withId(article.participants, "european-union-side");
  const sides = copies(side, n, (i) => ({ id: `side-${i}`, entityId: `state-${i}` }));
  return { ...withMore, participants: [...article.participants, ...sides] };
}

/**
 * `article` with a sixth paragraph of `n` one-word sentences ("Да." / "No."), each word a
 * mention of the European Union.
 * @param {Article} article @param {number} n @returns {Article}
 */
function withSentences(article, n) {
  const sentences = Array.from({ length: n }, (_, i) => ({
    id: `p6-s${i + 1}`,
    ru: { start: i * 4, end: i * 4 + 3 },
    en: { start: i * 4, end: i * 4 + 3 },
  }));
  const p6 = {
    id: "p6",
    ru: Array.from({ length: n }, () => "Да.").join(" "),
    en: Array.from({ length: n }, () => "No.").join(" "),
    sourceStart: 0,
    sentences,
  };
  const mentions = sentences.map((sentence) => ({
    paragraphId: "p6",
    start: sentence.ru.start,
    end: sentence.ru.start + 2,
    quote: "Да",
    en: { start: sentence.en.start, end: sentence.en.start + 2, quote: "No" },
    enNote: null,
  }));
  const [first, ...others] = article.entities;
  if (first === undefined) throw new Error("the article has no entity");
  return {
    ...article,
    paragraphs: [...article.paragraphs, p6],
    entities: [{ ...first, mentions: [...first.mentions, ...mentions] }, ...others],
  };
}

/** Collects garbage, when Node runs with --expose-gc, so that no call pays for an earlier one's. */
const collect = () => /** @type {{ gc?: () => void }} */ (globalThis).gc?.();

/** CPU time this process has used, in milliseconds: unlike the clock, not slowed by other work. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1_000;
};

/**
 * CPU milliseconds per call of `run`: the least of at least 5 timed calls, and of as many more as
 * fit in a second, after two untimed calls (so that the code is compiled). CPU time, and the
 * least of several, because the machine may be busy with other work.
 * @param {() => unknown} run
 */
function time(run) {
  run();
  run();
  let least = Number.POSITIVE_INFINITY;
  const until = performance.now() + 1_000;
  for (let calls = 0; calls < 5 || (performance.now() < until && calls < 200); calls++) {
    collect();
    const start = cpuMs();
    run();
    least = Math.min(least, cpuMs() - start);
  }
  return least;
}

/**
 * The scaling table: each function of issue 22 (and the others that were quadratic) at n and 4n.
 * @param {string} [dist] a built dist/ folder
 */
export async function printScaling(dist = defaultDist) {
  /** @type {(file: string) => Promise<unknown>} */
  const load = (file) => import(pathToFileURL(`${dist}/${file}`).href);
  const main = /** @type {Main} */ (await load("index.js"));
  const schema = /** @type {Schema} */ (await load("schema.js"));
  const formats = /** @type {Formats} */ (await load("formats.js"));

  /** @type {[string, string, number, (n: number) => () => unknown][]} */
  const cases = [
    [
      "parseArticle",
      "one agreement's entityIds, all distinct",
      16_000,
      (n) => {
        const article = withStates(main.article, n);
        const [first, ...others] = article.agreements;
        if (first === undefined) throw new Error("the article has no agreement");
        const entityIds = article.entities.map((entity) => entity.id);
        const input = { ...article, agreements: [{ ...first, entityIds }, ...others] };
        return () => schema.parseArticle(input);
      },
    ],
    [
      "safeParseArticle",
      "mentions, each in its own sentence of one paragraph (rejected: the paragraph is too long)",
      4_000,
      (n) => {
        const article = withSentences(main.article, n);
        return () => schema.safeParseArticle(article);
      },
    ],
    [
      "forArticle",
      "paragraphs",
      800,
      (n) => {
        const article = withParagraphs(main.article, n);
        return () => main.forArticle(article);
      },
    ],
    [
      "toJsonLd",
      "people, each with a post (relation)",
      4_000,
      (n) => {
        const article = withPosts(main.article, n);
        return () => main.toJsonLd(article);
      },
    ],
    [
      "getParticipants({ kind })",
      "participants, each a state of its own",
      2_000,
      (n) => {
        const queries = main.forArticle(withParticipants(main.article, n));
        return () => queries.getParticipants({ kind: "state" });
      },
    ],
    [
      "taggedText (./formats)",
      "sentences of one paragraph, each with a mention",
      4_000,
      (n) => {
        const article = withSentences(main.article, n);
        return () => formats.taggedText(article, "ru");
      },
    ],
  ];

  console.log(
    `Scaling: ${dist}, Node ${process.version}, CPU milliseconds per call, the least of at least 5 calls\n`,
  );
  console.log("| function | input grows in | n | time at n (ms) | 4n | time at 4n (ms) | ratio |");
  console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
  for (const [name, what, n, prepare] of cases) {
    const small = time(prepare(n));
    const large = time(prepare(4 * n));
    console.log(
      `| ${name} | ${what} | ${n.toLocaleString("en")} | ${small.toFixed(2)} | ${(4 * n).toLocaleString("en")} | ${large.toFixed(2)} | ${(large / small).toFixed(1)} |`,
    );
  }
  printErrorCost(dist);
}

/**
 * What `safeParseArticle` costs on 1,000,000 invalid paragraphs (`new Array(1e6).fill(0)`, about
 * 2 MB as JSON): the message's length, the issues kept, and the memory it takes, measured in a
 * child process of its own (peak resident memory above the process before the call, and the heap
 * still held while the error is kept, after garbage collection).
 * @param {string} dist a built dist/ folder
 */
function printErrorCost(dist) {
  const script = `
    const { article } = await import(${JSON.stringify(pathToFileURL(`${dist}/index.js`).href)});
    const { safeParseArticle } = await import(${JSON.stringify(pathToFileURL(`${dist}/schema.js`).href)});
    const input = { ...structuredClone(article), paragraphs: new Array(1e6).fill(0) };
    globalThis.gc(); globalThis.gc();
    const rss = process.memoryUsage().rss, heap = process.memoryUsage().heapUsed;
    const start = performance.now();
    const result = safeParseArticle(input);
    const ms = performance.now() - start;
    globalThis.gc(); globalThis.gc();
    const held = process.memoryUsage().heapUsed - heap;
    const peak = process.resourceUsage().maxRSS * 1024 - rss;
    const { error } = result;
    console.log(JSON.stringify({ ms, message: error.message.length, issues: error.issues.length, issueCount: error.issueCount, peak, held }));
  `;
  const child = spawnSync(
    process.execPath,
    ["--expose-gc", "--max-old-space-size=4096", "--input-type=module", "-e", script],
    { encoding: "utf8" },
  );
  if (child.status !== 0) throw new Error(`the error-cost child failed: ${child.stderr}`);
  /** @type {unknown} */
  const parsed = JSON.parse(child.stdout);
  const cost = /** @type {ErrorCost} */ (parsed);
  const mib = (/** @type {number} */ bytes) => (bytes / 2 ** 20).toFixed(1);
  console.log("\n`safeParseArticle` of 1,000,000 invalid paragraphs (new Array(1e6).fill(0))\n");
  console.log(
    "| time (ms) | message (characters) | issues kept | issueCount | peak memory added (MiB) | heap held by the error (MiB) |",
  );
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: |");
  console.log(
    `| ${cost.ms.toFixed(0)} | ${cost.message.toLocaleString("en")} | ${cost.issues.toLocaleString("en")} | ${cost.issueCount?.toLocaleString("en") ?? "–"} | ${mib(cost.peak)} | ${mib(cost.held)} |`,
  );
}
