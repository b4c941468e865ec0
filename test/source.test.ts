import { sourceBuild } from "./modules";
import { describeData } from "./suites/data";
import { describeImmutability } from "./suites/immutability";
import { describeJsonLd } from "./suites/json-ld";
import { describeQueries } from "./suites/queries";
import { describeSchema } from "./suites/schema";

describeData(sourceBuild);
describeQueries(sourceBuild);
describeImmutability(sourceBuild);
describeSchema(sourceBuild);
describeJsonLd(sourceBuild);
