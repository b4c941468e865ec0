import { articleData } from "./data/article";
import { deepFreeze } from "./deep-freeze";
import type { DeepReadonly } from "./deep-readonly";
import type { Article } from "./types";

type ArticleData = DeepReadonly<typeof articleData>;

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
