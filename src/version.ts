/** The version in package.json, which `npm version` copies here (scripts/sync-version.mjs). */
const packageVersion = "0.2.0";

/** This package's version. Data changes follow the versioning policy in the README. */
export const version: string = packageVersion;
