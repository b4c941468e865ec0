// The packed package in consumer projects with the oldest zod the peer range allows.
import { describePackedConsumers } from "./suites/packed-consumers";

describePackedConsumers("floor", "zod-floor");
