import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", schema: "src/schema/index.ts", formats: "src/formats/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  target: "node20",
  platform: "neutral",
  splitting: false,
  clean: true,
  treeshake: false,
  // Keep the Cyrillic text as UTF-8 rather than \uXXXX escapes: a third of the size.
  esbuildOptions(options) {
    options.charset = "utf8";
  },
});
