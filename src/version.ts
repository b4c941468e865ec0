import { version as packageVersion } from "../package.json";

/** This package's version. Data changes follow the versioning policy in the README. */
export const version: string = packageVersion;
