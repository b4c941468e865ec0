import { sourceBuild } from "../support/builds";
import { describeImmutability } from "../support/suites/immutability";

describeImmutability(sourceBuild);
