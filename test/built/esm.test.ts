import { esmBuild } from "../support/builds";
import { describeAnnotationPolicy } from "../support/suites/annotation-policy";
import { describeData } from "../support/suites/data";
import { describeImmutability } from "../support/suites/immutability";
import { describeJsonLd } from "../support/suites/json-ld";
import { describeQueries } from "../support/suites/queries";
import { describeRelations } from "../support/suites/relations";
import { describeSchema } from "../support/suites/schema";
import { describeSentences } from "../support/suites/sentences";

describeData(esmBuild);
describeQueries(esmBuild);
describeImmutability(esmBuild);
describeSchema(esmBuild);
describeJsonLd(esmBuild);
describeAnnotationPolicy(esmBuild);
describeRelations(esmBuild);
describeSentences(esmBuild);
