// The packed package in consumer projects with the newest zod (the devDependency).
import { describePackedConsumers } from "./suites/packed-consumers";

describePackedConsumers("newest", "zod");
