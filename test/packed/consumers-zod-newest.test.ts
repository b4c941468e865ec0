// The packed package in consumer projects with the newest zod (the devDependency), under every
// compiler, with module nodenext and with moduleResolution bundler.
import { typescripts } from "../support/compilers";
import { describePackedConsumers } from "../support/suites/packed-consumers";

describePackedConsumers("newest", "zod", typescripts);
