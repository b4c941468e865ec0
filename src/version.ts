/** The version in package.json, which `npm version` copies here (scripts/sync-version.mjs). */
const packageVersion = "0.2.0";

/** This package's version. Data changes follow the versioning policy in the README. */
export const version: string = packageVersion;

/** This package's npm name, as in package.json (a test checks it); names do not change. */
export const packageName = "eu-central-asia-security-dialogue-2016";
