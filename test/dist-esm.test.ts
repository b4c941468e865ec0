import { esmBuild } from "./modules";
import { describeData } from "./suites/data";
import { describeImmutability } from "./suites/immutability";
import { describeJsonLd } from "./suites/json-ld";
import { describeQueries } from "./suites/queries";
import { describeSchema } from "./suites/schema";

describeData(esmBuild);
describeQueries(esmBuild);
describeImmutability(esmBuild);
describeSchema(esmBuild);
describeJsonLd(esmBuild);
