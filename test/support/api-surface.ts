// Describes the public surface of the built package as text: the names each
// entry exports, the declarations behind them, and every id in the data. The
// committed snapshot of this text is the reviewed API; see api-surface.test.ts.
import { readdirSync, readFileSync } from "node:fs";
import ts from "typescript";

/**
 * The export names of each declaration file in `entries`, each marked `value` or `type`, keyed
 * by the file's path. One program reads them all: without the `@types` packages and the DOM
 * library, which a list of export names does not need.
 */
export function describeExports(entries: readonly string[]): Map<string, string[]> {
  const program = ts.createProgram(entries, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts"],
    types: [],
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const names = (entry: string) => {
    const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!);
    if (!moduleSymbol) throw new Error(`${entry} is not a module`);
    return checker
      .getExportsOfModule(moduleSymbol)
      .map((exported) => {
        const symbol =
          exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        return `${symbol.flags & ts.SymbolFlags.Value ? "value" : "type"} ${exported.getName()}`;
      })
      .sort();
  };
  return new Map(entries.map((entry) => [entry, names(entry)]));
}

/**
 * The declaration files of one format (`.d.ts` or `.d.cts`) in `folder`,
 * printed without comments, with the hashed name of the shared chunk made
 * stable and the shipped data's literal type elided (its ids are listed
 * separately).
 */
export function printDeclarations(folder: string, extension: ".d.ts" | ".d.cts"): string {
  const printer = ts.createPrinter({ removeComments: true });
  return readdirSync(folder)
    .filter((file) => file.endsWith(extension))
    .map((file) => file.replace(/^article-types-[\w-]+\./, "article-types-HASH."))
    .sort()
    .map((stableName) => {
      const file = readdirSync(folder).find(
        (candidate) =>
          candidate.endsWith(extension) &&
          candidate.replace(/^article-types-[\w-]+\./, "article-types-HASH.") === stableName,
      )!;
      const source = ts.createSourceFile(
        file,
        readFileSync(`${folder}/${file}`, "utf8"),
        ts.ScriptTarget.Latest,
      );
      const printed = printer
        .printFile(source)
        .replace(/article-types-[\w-]+\.(c?js)/g, "article-types-HASH.$1")
        .replace(
          /declare const articleData: \{\n[\s\S]*?\n\};\n/,
          "declare const articleData: { /* the shipped data; ids below */ };\n",
        );
      return `### ${stableName}\n\n\`\`\`ts\n${printed.trimEnd()}\n\`\`\``;
    })
    .join("\n\n");
}

/** Every id in the data, by collection, with the closed-set values that go with it. */
export function describeIds(article: {
  id: string;
  headline: { id: string; sentences: readonly { id: string }[] };
  paragraphs: readonly { id: string; sentences: readonly { id: string }[] }[];
  event: { id: string };
  entities: readonly { id: string; kind: string }[];
  participants: readonly { id: string; role: string }[];
  topics: readonly { id: string; categories: readonly string[] }[];
  agreements: readonly { id: string }[];
  relations: readonly { id: string; predicate: string }[];
}): string[] {
  return [
    `article: ${article.id}`,
    `event: ${article.event.id}`,
    `blocks: ${[article.headline, ...article.paragraphs].map((block) => block.id).join(", ")}`,
    ...article.entities.map((entity) => `entity: ${entity.id} (${entity.kind})`),
    ...article.participants.map(
      (participant) => `participant: ${participant.id} (${participant.role})`,
    ),
    ...article.topics.map((topic) => `topic: ${topic.id} (${topic.categories.join(", ")})`),
    ...article.agreements.map((agreement) => `agreement: ${agreement.id}`),
    ...article.relations.map((relation) => `relation: ${relation.id} (${relation.predicate})`),
    `sentences: ${[article.headline, ...article.paragraphs]
      .flatMap((block) => block.sentences.map((sentence) => sentence.id))
      .join(", ")}`,
  ];
}
