// The shipped article, typed as any valid `Article`: the viewer reads every
// article alike, and the wide type keeps type-checking fast (the shipped
// article's literal type is large).
import { article, type Article } from "eu-central-asia-security-dialogue-2016";

/** The article the viewer shows. */
export const data: Article = article;
