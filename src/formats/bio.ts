import type { Article, Sentence } from "../article-types";
import { itemHolding } from "../lookup-tables";
import type { Language } from "../vocabulary";
import { blocksOf } from "./plain-text";
import { tokenize, type Token } from "./tokens";

/** A span to tag: offsets in a block's text and its type. */
export interface TypedSpan {
  /** Offset of the span's first character (UTF-16, inclusive). */
  readonly start: number;
  /** Offset just after its last character (UTF-16, exclusive). */
  readonly end: number;
  /** The tag's type, such as `"STATE"`. */
  readonly type: string;
}

/** A token with its BIO tag: `B-TYPE`, `I-TYPE` or `O`. */
export interface TaggedToken extends Token {
  /** `B-` plus the type on a span's first token, `I-` plus the type on its others, `O` outside. */
  readonly tag: string;
}

/** One of the article's sentences in one language, tokenized and tagged. */
export interface TaggedSentence {
  /** The sentence's id, such as `"p1-s2"`. */
  readonly id: string;
  /** Id of the block it belongs to. */
  readonly paragraphId: string;
  /** Its tokens, each with its tag; offsets are in the block's text. */
  readonly tokens: readonly TaggedToken[];
}

/** The sentences of an article in one language, and the entity mentions BIO could not tag. */
export interface TaggedText {
  /** Every sentence, in text order. */
  readonly sentences: readonly TaggedSentence[];
  /** The entity mentions left out: nested in another, or not on token boundaries. */
  readonly dropped: readonly (TypedSpan & { readonly paragraphId: string })[];
}

/**
 * `tokens` with BIO tags from `spans`. BIO cannot nest, so the outermost span wins: spans are
 * taken longest first at each start, and a span is tagged only if it starts and ends on token
 * boundaries and shares no token with a span already tagged; the others are returned as dropped.
 * `tokens` must be in text order, as {@link tokenize} returns them.
 */
export function bioTags(
  tokens: readonly Token[],
  spans: readonly TypedSpan[],
): { readonly tokens: readonly TaggedToken[]; readonly dropped: readonly TypedSpan[] } {
  const tagged = tokens.map((token) => ({ ...token, tag: "O" }));
  const dropped: TypedSpan[] = [];
  const firstAt = new Map(tokens.map((token, index) => [token.start, index]));
  const lastAt = new Map(tokens.map((token, index) => [token.end, index]));
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  // Spans are taken in order of their start, so the spans tagged so far end in order too, and a
  // span shares a token with one of them exactly when it starts before the last one's end.
  let taggedUntil = 0;
  for (const span of ordered) {
    const first = firstAt.get(span.start);
    const last = lastAt.get(span.end);
    if (first === undefined || last === undefined || span.start < taggedUntil) {
      dropped.push(span);
      continue;
    }
    tagged.slice(first, last + 1).forEach((token, offset) => {
      token.tag = `${offset === 0 ? "B" : "I"}-${span.type}`;
    });
    taggedUntil = span.end;
  }
  return { tokens: tagged, dropped };
}

/**
 * The article's sentences in one language, tokenized ({@link tokenize}) and tagged with its
 * entity mentions ({@link bioTags}), each typed by its entity's kind in capitals (`STATE`,
 * `ORGANIZATION`, …). In English the mentions' `en` sides are tagged; a mention whose English
 * side is `null` has nothing to tag.
 */
export function taggedText(article: Article, language: Language): TaggedText {
  const sentences: TaggedSentence[] = [];
  const dropped: (TypedSpan & { paragraphId: string })[] = [];
  const spansByBlock = new Map<string, TypedSpan[]>();
  for (const entity of article.entities) {
    for (const mention of entity.mentions) {
      const span = language === "ru" ? mention : mention.en;
      if (span === null) continue;
      // Stryker disable next-line ArrayDeclaration: a stray element has no offsets, so no sentence holds it
      const list = spansByBlock.get(mention.paragraphId) ?? [];
      list.push({ start: span.start, end: span.end, type: entity.kind.toUpperCase() });
      spansByBlock.set(mention.paragraphId, list);
    }
  }
  for (const block of blocksOf(article)) {
    // Each span goes to the sentence that holds it, found by binary search (a valid article's
    // sentences are in order and do not overlap); a span that no sentence holds is not tagged.
    const spansOf = new Map<Sentence, TypedSpan[]>();
    // Stryker disable next-line ArrayDeclaration: as above
    for (const span of spansByBlock.get(block.id) ?? []) {
      const sentence = itemHolding(block.sentences, (s) => s[language], span.start, span.end);
      // Stryker disable next-line ConditionalExpression: spans kept under no sentence are never read
      if (sentence === undefined) continue;
      const list = spansOf.get(sentence) ?? [];
      list.push(span);
      spansOf.set(sentence, list);
    }
    for (const sentence of block.sentences) {
      const { start, end } = sentence[language];
      const tokens = tokenize(block[language], language, start, end);
      const result = bioTags(tokens, spansOf.get(sentence) ?? []);
      sentences.push({ id: sentence.id, paragraphId: block.id, tokens: result.tokens });
      for (const span of result.dropped) dropped.push({ ...span, paragraphId: block.id });
    }
  }
  return { sentences, dropped };
}
