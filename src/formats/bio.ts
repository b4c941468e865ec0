import type { Article } from "../article-types";
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
 */
export function bioTags(
  tokens: readonly Token[],
  spans: readonly TypedSpan[],
): { readonly tokens: readonly TaggedToken[]; readonly dropped: readonly TypedSpan[] } {
  const tags = new Map<number, string>(); // token index → tag, for the tokens of a tagged span
  const dropped: TypedSpan[] = [];
  const firstAt = new Map(tokens.map((token, index) => [token.start, index]));
  const lastAt = new Map(tokens.map((token, index) => [token.end, index]));
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const span of ordered) {
    const first = firstAt.get(span.start);
    const last = lastAt.get(span.end);
    const taken = (from: number, to: number) => {
      for (let index = from; index <= to; index++) if (tags.has(index)) return true;
      return false;
    };
    if (first === undefined || last === undefined || taken(first, last)) {
      dropped.push(span);
      continue;
    }
    for (let index = first; index <= last; index++) {
      tags.set(index, `${index === first ? "B" : "I"}-${span.type}`);
    }
  }
  return {
    tokens: tokens.map((token, index) => ({ ...token, tag: tags.get(index) ?? "O" })),
    dropped,
  };
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
      const list = spansByBlock.get(mention.paragraphId) ?? [];
      list.push({ start: span.start, end: span.end, type: entity.kind.toUpperCase() });
      spansByBlock.set(mention.paragraphId, list);
    }
  }
  for (const block of blocksOf(article)) {
    // The block's spans in text order, handed to the sentences in turn: each sentence takes those
    // that start before its end (a mention lies within one sentence).
    const pending = [...(spansByBlock.get(block.id) ?? [])].sort((a, b) => a.start - b.start);
    for (const sentence of block.sentences) {
      const { start, end } = sentence[language];
      const inside: TypedSpan[] = [];
      for (let span = pending[0]; span !== undefined && span.start < end; span = pending[0]) {
        inside.push(span);
        pending.shift();
      }
      const result = bioTags(tokenize(block[language], language, start, end), inside);
      sentences.push({ id: sentence.id, paragraphId: block.id, tokens: result.tokens });
      for (const span of result.dropped) dropped.push({ ...span, paragraphId: block.id });
    }
  }
  return { sentences, dropped };
}
