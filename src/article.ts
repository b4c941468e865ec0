import { articleData } from "./data/article";
import { deepFreeze } from "./deep-freeze";
import type { Article } from "./types";

/**
 * The article as data: deeply frozen, and typed with every id, kind, role and
 * category as a literal, so editors autocomplete them.
 */
export const article = deepFreeze(articleData satisfies Article);

/** The exact type of {@link article}. */
export type ShippedArticle = typeof article;
