// web-annotations.jsonld read by a JSON-LD processor someone else wrote: jsonld (tools/readers,
// pinned exactly) expands the whole collection offline, against a local copy of the W3C context,
// in safe mode (any term the context does not define is an error, not silently dropped), into one
// oa:Annotation node per annotation, each with its body, its source text and both selectors.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import { packageName } from "../../scripts/sizes.mjs";
import { defined } from "../support/defined";
import { installedVersion, loadJsonLd, pinned, readersMissing } from "../support/readers";

const skip = Boolean(readersMissing && !process.env.CI);
if (skip) console.warn(`Skipping the jsonld test: ${readersMissing}`);

const oa = "http://www.w3.org/ns/oa#";
const as = "http://www.w3.org/ns/activitystreams#";
const contextUrl = "http://www.w3.org/ns/anno.jsonld";
const context: unknown = JSON.parse(
  readFileSync(new URL("../support/web-annotation-context/anno.jsonld", import.meta.url), "utf8"),
);
const collection: unknown = JSON.parse(
  readFileSync(
    createRequire(import.meta.url).resolve(`${packageName}/web-annotations.jsonld`),
    "utf8",
  ),
);

/** An expanded JSON-LD node: keys are IRIs (or keywords), values are arrays. */
type Node = Record<string, unknown>;
const isList = (value: unknown): value is unknown[] => Array.isArray(value);
const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && !isList(value);

/** Every node object in an expanded document, at any depth, in document order. */
function nodesOf(value: unknown): Node[] {
  if (isList(value)) return value.flatMap(nodesOf);
  if (!isNode(value)) return [];
  return [value, ...Object.values(value).flatMap(nodesOf)];
}
/** The values of a node's property (none when it has none). */
const valuesOf = (node: Node, property: string): unknown[] => {
  const values = node[property];
  return isList(values) ? values : [];
};
/** The node objects among the values of a node's property. */
const nodesIn = (node: Node, property: string): Node[] => valuesOf(node, property).filter(isNode);
/** A node's types. */
const typesOf = (node: Node): unknown[] => valuesOf(node, "@type");
/** The `@id` of a node or node reference. */
function idOf(value: unknown): string {
  const id = isNode(value) ? value["@id"] : undefined;
  if (typeof id !== "string") throw new Error(`no @id in ${JSON.stringify(value)}`);
  return id;
}
/** The nodes of one type. */
const ofType = (nodes: Node[], type: string) =>
  nodes.filter((node) => typesOf(node).includes(type));

describe.skipIf(skip)("web-annotations.jsonld, expanded by jsonld", () => {
  const loaded: string[] = [];
  let nodes: Node[];
  const documentLoader = (url: string) => {
    loaded.push(url);
    if (url !== contextUrl) return Promise.reject(new Error(`offline: refusing to load ${url}`));
    return Promise.resolve({ contextUrl: null, documentUrl: url, document: context });
  };
  beforeAll(async () => {
    if (readersMissing) throw new Error(readersMissing);
    nodes = nodesOf(await loadJsonLd().expand(collection, { documentLoader, safe: true }));
  });

  it("would refuse a term the context does not define (safe mode)", async () => {
    const copy = JSON.parse(
      JSON.stringify(collection).replace('"motivation":', '"note": "not a term", "motivation":'),
    ) as unknown;
    await expect(loadJsonLd().expand(copy, { documentLoader, safe: true })).rejects.toThrow(
      /Safe mode validation error/,
    );
  });

  it(`uses the pinned jsonld ${pinned("jsonld")} and loads only the W3C context, from the local copy`, () => {
    expect(installedVersion("jsonld")).toBe(pinned("jsonld"));
    expect(new Set(loaded)).toEqual(new Set([contextUrl]));
  });

  it("gives one oa:Annotation node per annotation: 83 in Russian, 82 in English", () => {
    const ids = ofType(nodes, `${oa}Annotation`).map(idOf);
    expect(ids).toHaveLength(165);
    expect(new Set(ids).size).toBe(165);
    expect(ids.filter((id) => id.includes("web-annotations.jsonld#ru-"))).toHaveLength(83);
    expect(ids.filter((id) => id.includes("web-annotations.jsonld#en-"))).toHaveLength(82);
  });

  it("reads each annotation's body, its source text and its two selectors", () => {
    for (const annotation of ofType(nodes, `${oa}Annotation`)) {
      const id = idOf(annotation);
      expect(valuesOf(annotation, `${oa}motivatedBy`), id).toEqual([{ "@id": `${oa}classifying` }]);
      const [body] = nodesIn(annotation, `${oa}hasBody`);
      expect(valuesOf(defined(body), `${oa}hasPurpose`), id).toEqual([
        { "@id": `${oa}classifying` },
      ]);
      const target = defined(nodesIn(annotation, `${oa}hasTarget`)[0], id);
      const language = id.includes("#ru-") ? "ru" : "en";
      expect(valuesOf(target, `${oa}hasSource`).map(idOf), id).toEqual([
        expect.stringMatching(new RegExp(`/article\\.${language}\\.txt$`)),
      ]);
      const selectors = nodesIn(target, `${oa}hasSelector`);
      expect(selectors.map(typesOf), id).toEqual([
        [`${oa}TextQuoteSelector`],
        [`${oa}TextPositionSelector`],
      ]);
      expect(valuesOf(defined(selectors[1], id), `${oa}start`), id).toEqual([
        expect.objectContaining({ "@type": "http://www.w3.org/2001/XMLSchema#nonNegativeInteger" }),
      ]);
    }
  });

  it("reads the collection and its two pages, the English page after the Russian one", () => {
    const [collectionNode] = ofType(nodes, `${as}OrderedCollection`);
    const root = defined(collectionNode, "the collection");
    expect(valuesOf(root, `${as}totalItems`)).toEqual([expect.objectContaining({ "@value": 165 })]);
    const pages = ofType(nodes, `${as}OrderedCollectionPage`).map(idOf);
    expect(pages).toEqual([`${idOf(root)}#page-ru`, `${idOf(root)}#page-en`]);
    expect(valuesOf(root, `${as}last`).map(idOf)).toEqual([pages[1]]);
  });
});
