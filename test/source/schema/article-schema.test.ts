import { sourceBuild } from "../../support/builds";
import { describeSchema } from "../../support/suites/schema";

describeSchema(sourceBuild);
