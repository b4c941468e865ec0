import { articleData } from "./data/article-data";
import { deepFreeze } from "./deep-freeze";
import type { Article } from "./article-types";

// `as const` already makes the data deeply readonly; mapping it again with
// DeepReadonly would cost every consumer's type check thousands of
// instantiations for the same type.
type ArticleData = typeof articleData;

/**
 * The exact type of {@link article}: every value a literal. An interface, so
 * that editors and declaration files show its name rather than the whole data.
 */
export interface ShippedArticle extends ArticleData {}

/**
 * The article as data: deeply frozen, and typed with every id, kind, role and
 * category as a literal, so editors autocomplete them.
 */
export const article: ShippedArticle = deepFreeze(articleData satisfies Article);
