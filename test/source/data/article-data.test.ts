import { sourceBuild } from "../../support/builds";
import { describeData } from "../../support/suites/data";
import { describeAnnotationPolicy } from "../../support/suites/annotation-policy";

describeData(sourceBuild);
describeAnnotationPolicy(sourceBuild);
