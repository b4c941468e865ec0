import type { Article } from "../article-types";
import { csvLineTerminator, type CsvValue } from "./csv";

/**
 * How a table of `./tables/` is declared (its columns, keys and rows), and the Frictionless Data
 * Package v2 descriptor (`datapackage.json`) that describes a set of such tables.
 */

/** A column of a table: its name, Table Schema type and description. */
export interface Field<Name extends string = string> {
  /** The column's name, in snake_case. */
  readonly name: Name;
  /** Its Table Schema type. */
  readonly type: "string" | "integer" | "date";
  /** What it holds. */
  readonly description: string;
  /** True when the column may be empty (`null`); every other column is required. */
  readonly nullable: boolean;
  /** The closed set of values it takes, or `undefined` when it is open. */
  readonly values: readonly string[] | undefined;
}

/** A column whose values must be a key of another table. */
interface ForeignKey<Name extends string = string> {
  /** The columns of this table. */
  readonly fields: readonly Name[];
  /** The table they refer to. */
  readonly resource: string;
  /** Its columns, a primary key, in the same order. */
  readonly reference: readonly string[];
}

/** A table: its name, columns, keys, and how to read its rows from an article. */
export interface Table {
  /** The table's name; its file is the name plus `.csv`. */
  readonly name: string;
  /** What one row is. */
  readonly description: string;
  /** Its columns, in order. */
  readonly fields: readonly Field[];
  /** The columns whose values together are unique in the table. */
  readonly primaryKey: readonly string[];
  /** The columns that refer to another table. */
  readonly foreignKeys: readonly ForeignKey[];
  /** Its rows for an article, each with one value per column. */
  readonly rows: (article: Article) => readonly (readonly CsvValue[])[];
}

/** A table as {@link table} takes it: rows are records keyed by the column names. */
interface TableDeclaration<Name extends string> {
  readonly name: string;
  readonly description: string;
  readonly fields: readonly Field<Name>[];
  readonly primaryKey: readonly NoInfer<Name>[];
  readonly foreignKeys?: readonly ForeignKey<NoInfer<Name>>[];
  readonly records: (article: Article) => readonly Readonly<Record<NoInfer<Name>, CsvValue>>[];
}

/** Declares a table; its records must give a value for every column, by name. */
export function table<const Name extends string>(declaration: TableDeclaration<Name>): Table {
  const { records, foreignKeys = [], ...rest } = declaration;
  return {
    ...rest,
    foreignKeys,
    rows: (article) =>
      records(article).map((record) => declaration.fields.map((field) => record[field.name])),
  };
}

/** Declares a column; it is required and open unless `options` say otherwise. */
export function column<const Name extends string>(
  name: Name,
  type: Field["type"],
  description: string,
  options: { readonly nullable?: boolean; readonly values?: readonly string[] } = {},
): Field<Name> {
  return { name, type, description, nullable: options.nullable ?? false, values: options.values };
}

/** The Table Dialect of every file: RFC 4180 with a header row and CRLF line ends. */
const dialect = {
  header: true,
  delimiter: ",",
  lineTerminator: csvLineTerminator,
  quoteChar: '"',
  doubleQuote: true,
};

/** A column as a Table Schema field. */
function fieldDescriptor(field: Field): Record<string, unknown> {
  const constraints: Record<string, unknown> = field.nullable ? {} : { required: true };
  // Stryker disable next-line ConditionalExpression: an enum of undefined leaves no trace in JSON
  if (field.values) constraints.enum = field.values;
  return { name: field.name, type: field.type, description: field.description, constraints };
}

/** A table as a tabular Data Resource with its Table Schema. */
function resource(table: Table): Record<string, unknown> {
  const schema: Record<string, unknown> = {
    fields: table.fields.map(fieldDescriptor),
    missingValues: [""],
    primaryKey: table.primaryKey,
  };
  if (table.foreignKeys.length > 0) {
    schema.foreignKeys = table.foreignKeys.map((key) => ({
      fields: key.fields,
      reference: { resource: key.resource, fields: key.reference },
    }));
  }
  return {
    name: table.name,
    type: "table",
    path: `${table.name}.csv`,
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    description: table.description,
    dialect,
    schema,
  };
}

/**
 * The Data Package descriptor of `tables` for `article`, as JSON text: the profile, name, id,
 * title, description, licences and source, and one resource per table.
 *
 * @param id - the package's globally unique id.
 */
export function dataPackageJson(article: Article, tables: readonly Table[], id: string): string {
  const descriptor = {
    $schema: "https://datapackage.org/profiles/2.0/datapackage.json",
    name: article.id,
    id,
    title: article.headline.en,
    description: `The article "${article.headline.ru}" (${article.source.url}) as related tables: its blocks and aligned sentences in Russian and in English, what it names, who took part, the topics, agreements and relations, and every mention with its place in both texts. The Russian text is the publisher's (${article.source.publisher.name.en}). ${article.translation.note}`,
    licenses: [
      {
        name: "MIT",
        path: "https://opensource.org/license/mit",
        title: "MIT License, for the data structure and the English translation",
      },
    ],
    sources: [{ title: article.source.publisher.name.en, path: article.source.url }],
    resources: tables.map(resource),
  };
  return `${JSON.stringify(descriptor)}\n`;
}
