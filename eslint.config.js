// ESLint: typescript-eslint's strict and stylistic type-aware presets over every source, test,
// script and config file, and TSDoc syntax in the package's source. `npm run lint:eslint`.
// A rule that is wrong for this code is turned off or tuned here, with its reason, never inline.
import js from "@eslint/js";
import tsdoc from "eslint-plugin-tsdoc";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig(
  globalIgnores([
    "**/node_modules/",
    "**/dist/",
    "**/coverage/",
    // Stryker's sandbox copy of the repository, left behind when a run is interrupted.
    ".stryker-tmp/",
    // Consumer fixtures: type-checked and run against the packed tarball (test/support/suites/packed-consumers.ts).
    "test/support/consumers/",
  ]),
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // Numbers print predictably in messages; other non-strings must still be converted.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // `(x) => ctx.addIssue(…)` is a callback that returns nothing; braces add only noise.
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      // `interface ShippedArticle extends ArticleData {}` exists to give the type a name.
      "@typescript-eslint/no-empty-object-type": [
        "error",
        { allowInterfaces: "with-single-extends" },
      ],
      // Type alias or interface, index signature or Record is chosen per type; exported
      // declarations are pinned by the API snapshot, and a style rule must not rewrite them.
      "@typescript-eslint/consistent-type-definitions": "off",
      "@typescript-eslint/consistent-indexed-object-style": "off",
      // Asks for `x!` instead of `x as T`, which no-non-null-assertion (strict) then forbids.
      "@typescript-eslint/non-nullable-type-assertion-style": "off",
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    rules: {
      // TypeScript (checkJs) already resolves every name in these files.
      "no-undef": "off",
    },
  },
  {
    files: ["test/**"],
    rules: {
      // Tests index known data (noUncheckedIndexedAccess); a wrong `!` fails the test anyway.
      "@typescript-eslint/no-non-null-assertion": "off",
      // Tests assert results that the types already say are undefined, such as
      // expect(getEntity("kazakhstan")).toBeUndefined().
      "@typescript-eslint/no-confusing-void-expression": "off",
      // An empty function in a test is data: error messages quote its source text.
      "@typescript-eslint/no-empty-function": "off",
    },
  },
  {
    files: ["**/*.test-d.ts"],
    rules: {
      // Nothing here runs; lines under @ts-expect-error call what the types forbid, on purpose.
      "@typescript-eslint/no-unsafe-call": "off",
    },
  },
  {
    files: ["src/**/*.ts", "viewer/**/*.ts"],
    plugins: { tsdoc },
    rules: { "tsdoc/syntax": "error" },
  },
);
