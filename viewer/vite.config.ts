// Builds the annotation viewer (viewer/index.html) into viewer/dist. The page
// imports the package by its own name; the alias points that name at the main
// entry's source, so the viewer needs no prior `npm run build` and uses only
// what the main entry exports.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const packageName = "eu-central-asia-security-dialogue-2016";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  resolve: {
    alias: { [packageName]: fileURLToPath(new URL("../src/index.ts", import.meta.url)) },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
  },
});
