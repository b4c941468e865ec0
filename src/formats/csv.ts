/**
 * CSV as RFC 4180 writes it: a header row, fields separated by commas, each record ended by CRLF;
 * a field that holds a double quote, a comma, a carriage return or a line feed is enclosed in
 * double quotes, with each double quote inside it doubled. `null` is an empty field.
 */

/**
 * A CSV field's value: a text, an integer, or `null` for an empty field (so is `undefined`, what
 * a look-up in the data gives for a missing value).
 */
export type CsvValue = string | number | null | undefined;

/** The record separator: CRLF, as RFC 4180 says. */
export const csvLineTerminator = "\r\n";

/** The characters that make a field need quotes. */
const special = /[",\r\n]/;

/** One field, quoted when it needs to be. */
function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return special.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV text: the header row, then one record per row, every record ended by CRLF.
 *
 * @param header - the column names.
 * @param rows - the records, each with one value per column.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  let text = "";
  for (const row of [header, ...rows]) text += row.map(csvField).join(",") + csvLineTerminator;
  return text;
}
