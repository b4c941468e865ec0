// Links for the external identifiers the data gives (Wikidata, ISO 3166-1, UN M49).
import type { Identifier } from "eu-central-asia-security-dialogue-2016";

/** Human name of each identifier scheme. */
export const schemeNames: Record<Identifier["scheme"], string> = {
  wikidata: "Wikidata",
  "iso-3166-1-alpha-2": "ISO 3166-1 alpha-2",
  "iso-3166-1-alpha-3": "ISO 3166-1 alpha-3",
  "iso-3166-1-numeric": "ISO 3166-1 numeric",
  "un-m49": "UN M49",
};

/**
 * Where an identifier can be looked up: the Wikidata item, the ISO Online
 * Browsing Platform's page of the country (found by its alpha-2 code, given
 * with the other ISO codes), or the UN M49 list.
 */
export function identifierUrl(
  identifier: Identifier,
  all: readonly Identifier[],
): string | undefined {
  switch (identifier.scheme) {
    case "wikidata":
      return `https://www.wikidata.org/wiki/${encodeURIComponent(identifier.identifier)}`;
    case "un-m49":
      return "https://unstats.un.org/unsd/methodology/m49/";
    default: {
      const alpha2 = all.find((candidate) => candidate.scheme === "iso-3166-1-alpha-2");
      return alpha2
        ? `https://www.iso.org/obp/ui/#iso:code:3166:${encodeURIComponent(alpha2.identifier)}`
        : undefined;
    }
  }
}
