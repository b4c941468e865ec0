import { esmBuild } from "./modules";
import { describeAnnotationPolicy } from "./suites/annotation-policy";
import { describeData } from "./suites/data";
import { describeImmutability } from "./suites/immutability";
import { describeJsonLd } from "./suites/json-ld";
import { describeQueries } from "./suites/queries";
import { describeRelations } from "./suites/relations";
import { describeSchema } from "./suites/schema";
import { describeSentences } from "./suites/sentences";

describeData(esmBuild);
describeQueries(esmBuild);
describeImmutability(esmBuild);
describeSchema(esmBuild);
describeJsonLd(esmBuild);
describeAnnotationPolicy(esmBuild);
describeRelations(esmBuild);
describeSentences(esmBuild);
