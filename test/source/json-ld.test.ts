import { sourceBuild } from "../support/builds";
import { describeJsonLd } from "../support/suites/json-ld";

describeJsonLd(sourceBuild);
