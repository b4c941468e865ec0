// RFC 4180 CSV (src/formats/csv.ts): fields that hold quotes, commas or line breaks are quoted,
// and two readers someone else wrote, Python's csv module and the sqlite3 shell's CSV import,
// read every field back. Without them, the reader tests are skipped with a message, except
// under CI.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { toCsv } from "../../../src/formats/csv";
import {
  debianPython,
  pythonMissing,
  run,
  skipWithout,
  sqliteMissing,
} from "../../support/corpus-readers";

const header = ["id", "text", "count"];
const rows = [
  ["plain", "no special characters, but a comma", 1],
  ["quotes", 'She said "да" and "нет"', 22],
  ["lines", "a line feed\nand a carriage return\r\nin one field", 0],
  ["edges", '"', null],
  ["empty", null, null],
];
const csv = toCsv(header, rows);

const folder = mkdtempSync(join(tmpdir(), "csv-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const file = join(folder, "table.csv");
writeFileSync(file, csv);

/** The rows as a reader gets them: every field a string, `null` an empty field. */
const asRead = [header, ...rows].map((row) =>
  row.map((value) => (value === null ? "" : String(value))),
);

describe("toCsv", () => {
  it("quotes only the fields that need it, doubles quotes inside them, and ends records with CRLF", () => {
    expect(csv).toBe(
      [
        "id,text,count\r\n",
        'plain,"no special characters, but a comma",1\r\n',
        'quotes,"She said ""да"" and ""нет""",22\r\n',
        'lines,"a line feed\nand a carriage return\r\nin one field",0\r\n',
        'edges,"""",\r\n',
        "empty,,\r\n",
      ].join(""),
    );
  });

  it("writes the header alone for a table without rows", () => {
    expect(toCsv(["a", "b"], [])).toBe("a,b\r\n");
  });
});

// Python's csv module comes with every Python; Debian's is the one .ci/run makes sure of.
describe.skipIf(skipWithout(pythonMissing))("Python's csv module", () => {
  it("reads every field back", () => {
    const script = [
      "import csv, json, sys",
      "with open(sys.argv[1], encoding='utf-8', newline='') as f:",
      "    print(json.dumps(list(csv.reader(f))))",
    ].join("\n");
    expect(JSON.parse(run(debianPython, ["-c", script, file]))).toEqual(asRead);
  });
});

describe.skipIf(skipWithout(sqliteMissing))("the sqlite3 shell's CSV import", () => {
  it("reads every field back", () => {
    const output = run("sqlite3", [
      "-bail",
      "-json",
      ":memory:",
      "CREATE TABLE t (id TEXT, text TEXT, count TEXT)",
      `.import --csv --skip 1 "${file}" t`,
      "SELECT * FROM t",
    ]);
    const read = (JSON.parse(output) as Record<string, string>[]).map((row) => Object.values(row));
    expect(read).toEqual(asRead.slice(1));
  });
});
