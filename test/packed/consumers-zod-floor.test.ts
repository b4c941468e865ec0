// The packed package in consumer projects with the oldest zod the peer range allows: with module
// nodenext under every compiler, and with moduleResolution bundler under ours only. With the
// newest zod's full matrix, that covers every pair of compiler, resolution and zod version. Each
// type check that loads zod costs about 14 s of CPU, and the bundler consumer loads the same zod
// declaration files as the nodenext one (the suite tests that).
import { describePackedConsumers } from "../support/suites/packed-consumers";

describePackedConsumers("floor", "zod-floor", ["typescript"]);
