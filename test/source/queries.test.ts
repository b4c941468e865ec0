import { sourceBuild } from "../support/builds";
import { describeQueries } from "../support/suites/queries";

describeQueries(sourceBuild);
