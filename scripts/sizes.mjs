// Size measurements shared by the benchmark (which prints them) and the tests
// (which hold them to budget): gzip sizes, and what a consumer's bundler
// (esbuild, minified) makes of an import from this package.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build, transform } from "esbuild";

export const packageName = "eu-central-asia-security-dialogue-2016";

/**
 * Gzip size (level 9) in bytes.
 * @param {string | Uint8Array} content
 */
export function gzipSize(content) {
  return gzipSync(content, { level: 9 }).length;
}

/**
 * Gzip size of the article's own minified JSON: the floor any bundle of the data can reach.
 * @param {string} articleJsonPath path of dist/article.json
 */
export function dataFloor(articleJsonPath) {
  return gzipSize(JSON.stringify(JSON.parse(readFileSync(articleJsonPath, "utf8"))));
}

/**
 * Minified and gzipped size of one built file, as it stands (imports not followed).
 * @param {string} path
 */
export async function minifiedGzipSize(path) {
  const result = await transform(readFileSync(path, "utf8"), {
    minify: true,
    charset: "utf8",
    format: path.endsWith(".cjs") ? "cjs" : "esm",
    loader: "js",
  });
  return gzipSize(result.code);
}

/**
 * Bundles `import { name } from "<package>"` as a consumer would (esbuild,
 * minified, ESM), resolving the package from `resolveDir`.
 * @param {string} name the export to import
 * @param {string} resolveDir where to resolve the package from
 * @returns {Promise<{ gzipBytes: number, inputs: string[] }>}
 */
export async function consumerBundle(name, resolveDir) {
  const result = await build({
    stdin: {
      contents: `import { ${name} } from "${packageName}"; console.log(${name});`,
      resolveDir,
      loader: "js",
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    charset: "utf8",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error("esbuild wrote no bundle");
  return {
    gzipBytes: gzipSize(output.contents),
    inputs: Object.keys(result.metafile.inputs),
  };
}
