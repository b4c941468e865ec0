// A small, strict reader of brat's standoff format (https://brat.nlplab.org/standoff.html) and of
// its annotation.conf (https://brat.nlplab.org/configuration.html), written from the published
// descriptions rather than from the package's writer, to read the package's brat files back.
// Every line must be one of the annotations the format defines, every id unique, every reference
// defined, every text-bound annotation's text the text at its offsets (in Unicode code points).

/** A text-bound annotation: `T1\tType START END\tTEXT`. */
interface TextBound {
  type: string;
  start: number;
  end: number;
  text: string;
}

/** A relation: `R1\tType Arg1:T1 Arg2:T2`. */
interface BinaryRelation {
  type: string;
  arg1: string;
  arg2: string;
}

/** An attribute: `A1\tType T1` (a flag, value `true`) or `A1\tType T1 Value`. */
interface Attribute {
  type: string;
  target: string;
  value: string | true;
}

/** A normalization: `N1\tReference T1 Database:Identifier\tTEXT`. */
interface Normalization {
  target: string;
  database: string;
  identifier: string;
  text: string;
}

/** A note: `#1\tAnnotatorNotes T1\tNOTE`. */
interface Note {
  target: string;
  text: string;
}

/** A parsed `.ann` file, each kind of annotation by id, in file order. */
export interface Standoff {
  textBound: Map<string, TextBound>;
  relations: Map<string, BinaryRelation>;
  attributes: Map<string, Attribute>;
  normalizations: Map<string, Normalization>;
  notes: Map<string, Note>;
}

/** A type name as brat stores it. */
const typeName = /^[A-Za-z0-9_-]+$/;

/**
 * Parses a `.ann` file against its `.txt` text.
 * @throws Error naming the line of the first violation of the format.
 */
export function parseStandoff(ann: string, text: string): Standoff {
  const characters = Array.from(text);
  const result: Standoff = {
    textBound: new Map(),
    relations: new Map(),
    attributes: new Map(),
    normalizations: new Map(),
    notes: new Map(),
  };
  const seen = new Set<string>();
  const references: [number, string][] = [];
  if (ann !== "" && !ann.endsWith("\n")) throw new Error("the file does not end with a newline");
  const lines = ann === "" ? [] : ann.slice(0, -1).split("\n");
  lines.forEach((line, index) => {
    const fail = (why: string): never => {
      throw new Error(`line ${index + 1} (${JSON.stringify(line)}): ${why}`);
    };
    const [id = "", data = "", ...tail] = line.split("\t");
    const idMatch = /^([TRAN#])([1-9][0-9]*)$/.exec(id) ?? fail("not an annotation id");
    if (seen.has(id)) fail("duplicate id");
    seen.add(id);
    const fields = data.split(" ");
    const refer = (target: string) => {
      if (!/^T[1-9][0-9]*$/.test(target)) fail(`${target} is not a text-bound id`);
      references.push([index + 1, target]);
      return target;
    };
    const [type = "", ...rest] = fields;
    const kind = idMatch[1];
    if (kind !== "#" && !typeName.test(type)) fail(`bad type ${JSON.stringify(type)}`);
    switch (kind) {
      case "T": {
        if (rest.length !== 2 || tail.length !== 1) fail("expected TYPE START END, then the text");
        const [start, end] = rest.map((value) =>
          /^(0|[1-9][0-9]*)$/.test(value) ? Number(value) : fail("offsets must be integers"),
        );
        if (start === undefined || end === undefined) return fail("expected two offsets");
        if (start >= end || end > characters.length) fail("offsets out of order or past the text");
        const spanned = characters.slice(start, end).join("");
        if (tail[0] !== spanned) fail(`the text is ${JSON.stringify(spanned)} at these offsets`);
        result.textBound.set(id, { type, start, end, text: spanned });
        return;
      }
      case "R": {
        if (rest.length !== 2 || tail.length !== 0) fail("expected TYPE Arg1:ID Arg2:ID");
        const [arg1 = "", arg2 = ""] = rest;
        if (!arg1.startsWith("Arg1:") || !arg2.startsWith("Arg2:")) fail("arguments Arg1, Arg2");
        result.relations.set(id, { type, arg1: refer(arg1.slice(5)), arg2: refer(arg2.slice(5)) });
        return;
      }
      case "A": {
        if (rest.length < 1 || rest.length > 2 || tail.length !== 0)
          fail("expected TYPE ID [VALUE]");
        const [target = "", value] = rest;
        result.attributes.set(id, { type, target: refer(target), value: value ?? true });
        return;
      }
      case "N": {
        if (type !== "Reference" || rest.length !== 2 || tail.length !== 1) {
          fail("expected Reference ID DB:ID, then the text");
        }
        const [target = "", reference = ""] = rest;
        const [, database = "", identifier = ""] =
          /^([^:\s]+):(\S+)$/.exec(reference) ?? fail("expected DB:ID");
        const [text = ""] = tail;
        result.normalizations.set(id, { target: refer(target), database, identifier, text });
        return;
      }
      default: {
        if (type !== "AnnotatorNotes" || rest.length !== 1 || tail.length !== 1) {
          fail("expected AnnotatorNotes ID, then the note");
        }
        const [target = ""] = rest;
        const [text = ""] = tail;
        result.notes.set(id, { target: refer(target), text });
      }
    }
  });
  for (const [line, target] of references) {
    if (!result.textBound.has(target)) throw new Error(`line ${line}: ${target} is not defined`);
  }
  return result;
}

/** A relation's declaration: the types its two arguments may have. */
interface RelationDeclaration {
  arg1: string[];
  arg2: string[];
}

/** An attribute's declaration: the types it applies to, and its values (none for a flag). */
interface AttributeDeclaration {
  arg: string[];
  values: string[] | undefined;
}

/** A parsed `annotation.conf`. */
export interface AnnotationConf {
  entities: string[];
  relations: Map<string, RelationDeclaration>;
  attributes: Map<string, AttributeDeclaration>;
  /** Whether an `<OVERLAP>` line lets any annotations overlap. */
  anyOverlap: boolean;
}

/**
 * Parses an `annotation.conf`: its four sections, each line a type and its comma-separated
 * `KEY:VALUE|VALUE` arguments (`#` starts a comment).
 * @throws Error for an unknown section, a line outside a section, or an argument it cannot read.
 */
export function parseAnnotationConf(conf: string): AnnotationConf {
  const result: AnnotationConf = {
    entities: [],
    relations: new Map(),
    attributes: new Map(),
    anyOverlap: false,
  };
  let section: string | undefined;
  const sections = new Set<string>();
  for (const line of conf.split("\n")) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    const header = /^\[(entities|relations|events|attributes)\]$/.exec(line);
    if (header) {
      const [, name = ""] = header;
      section = name;
      sections.add(name);
      continue;
    }
    const [, name = "", args = ""] = /^(\S+)(?:\s+(.*))?$/.exec(line) ?? [];
    const argument = new Map(
      args
        .split(",")
        .filter((part) => part.trim() !== "")
        .map((part) => {
          const match = /^\s*([^:\s]+):(\S+)\s*$/.exec(part);
          if (!match) throw new Error(`cannot read the argument ${JSON.stringify(part)}`);
          const [, key = "", values = ""] = match;
          return [key, values.split("|")] as const;
        }),
    );
    switch (section) {
      case "entities":
        result.entities.push(name);
        break;
      case "relations":
        if (name === "<OVERLAP>") {
          result.anyOverlap = argument.get("<OVL-TYPE>")?.join() === "<ANY>";
        } else {
          result.relations.set(name, {
            arg1: argument.get("Arg1") ?? [],
            arg2: argument.get("Arg2") ?? [],
          });
        }
        break;
      case "attributes":
        result.attributes.set(name, {
          arg: argument.get("Arg") ?? [],
          values: argument.get("Value"),
        });
        break;
      default:
        throw new Error(`line outside the entities, relations or attributes: ${line}`);
    }
  }
  for (const expected of ["entities", "relations", "events", "attributes"]) {
    if (!sections.has(expected)) throw new Error(`no [${expected}] section`);
  }
  return result;
}
