// Loads a Frictionless Data Package of CSV files into SQLite with the sqlite3 shell: one STRICT
// table per resource, its columns typed and its primary and foreign keys declared as SQL
// constraints, all generated from datapackage.json; the CSV files are imported with foreign keys
// enforced (PRAGMA foreign_keys=ON), so a row that breaks a key stops the load.
import { join } from "node:path";
import { run } from "./corpus-readers";

/** The parts of a Data Package descriptor that the load reads. */
export interface Descriptor {
  resources: {
    name: string;
    path: string;
    schema: {
      fields: {
        name: string;
        type: string;
        constraints: { required?: boolean; enum?: string[] };
      }[];
      primaryKey: string[];
      foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
    };
  }[];
}

/** The SQLite column type of each Table Schema type that the package uses. */
const sqlTypes: Record<string, string> = { string: "TEXT", integer: "INTEGER", date: "TEXT" };

const name = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;
const names = (identifiers: string[]) => identifiers.map(name).join(", ");
const text = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** The SQL that creates a resource's table: typed columns, checks, primary and foreign keys. */
function createTable({ name: table, schema }: Descriptor["resources"][number]): string {
  const columns = schema.fields.map((field) => {
    const type = sqlTypes[field.type];
    if (type === undefined) throw new Error(`no SQL type for ${field.type}`);
    const checks = [
      field.constraints.required ? "NOT NULL" : "",
      field.constraints.enum
        ? `CHECK (${name(field.name)} IN (${field.constraints.enum.map(text).join(", ")}))`
        : "",
      field.type === "date" ? `CHECK (date(${name(field.name)}) IS ${name(field.name)})` : "",
    ];
    return [name(field.name), type, ...checks].filter(Boolean).join(" ");
  });
  const keys = [
    `PRIMARY KEY (${names(schema.primaryKey)})`,
    ...(schema.foreignKeys ?? []).map(
      (key) =>
        `FOREIGN KEY (${names(key.fields)}) REFERENCES ${name(key.reference.resource)} (${names(key.reference.fields)})`,
    ),
  ];
  return `CREATE TABLE ${name(table)} (${[...columns, ...keys].join(", ")}) STRICT;`;
}

/**
 * The sqlite3 shell script that loads the package in `folder`: for each resource in order, its
 * table, then its CSV file imported through a temporary table of text, an empty field as NULL.
 */
function loadScript(descriptor: Descriptor, folder: string): string {
  // A throwaway file: no need to wait for each statement to reach the disk.
  const lines = [".bail on", "PRAGMA synchronous = OFF;", "PRAGMA foreign_keys = ON;"];
  for (const resource of descriptor.resources) {
    const staging = name(`csv_${resource.name}`);
    const fields = resource.schema.fields.map((field) => field.name);
    lines.push(
      createTable(resource),
      `CREATE TEMP TABLE ${staging} (${fields.map((field) => `${name(field)} TEXT`).join(", ")});`,
      `.import --csv --skip 1 --schema temp "${join(folder, resource.path)}" csv_${resource.name}`,
      `INSERT INTO ${name(resource.name)} SELECT ${fields.map((field) => `NULLIF(${name(field)}, '')`).join(", ")} FROM temp.${staging};`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** Loads the package in `folder` into a new database file; returns the database's path. */
export function loadIntoSqlite(descriptor: Descriptor, folder: string): string {
  const database = join(folder, "tables.sqlite");
  run("sqlite3", [database], loadScript(descriptor, folder));
  return database;
}

/** Runs a query; returns its rows as objects (the shell's JSON mode). */
export function query<Row>(database: string, sql: string): Row[] {
  const output = run("sqlite3", ["-readonly", "-json", database, sql]).trim();
  return output === "" ? [] : (JSON.parse(output) as Row[]);
}
