"""Reads CoNLL-2003 files with NLTK's ConllCorpusReader and prints, as JSON, each file's
sentences: each one's tokens and its entities (type, first token, token after the last), as NLTK
reads them, in a list with one entry per file.

Usage: /usr/bin/python3 read-conll.py FILE...

The file has four columns: the token, two placeholders, the BIO tag. NLTK's reader never returns
a column it calls "ne", so the tag column is declared as "pos" and read with tagged_sents();
nltk.chunk.conlltags2tree, NLTK's own reading of BIO tags, turns each sentence's tags into
entities. The -DOCSTART- line is alone in its block, which the reader returns as an empty
sentence: it is left out.
"""

import json
import os
import sys

from nltk.chunk import conlltags2tree
from nltk.corpus.reader.conll import ConllCorpusReader
from nltk.tree import Tree

def read(path):
    """The sentences of one file, as NLTK reads them."""
    reader = ConllCorpusReader(
        os.path.dirname(path),
        [os.path.basename(path)],
        columntypes=("words", "ignore", "ignore", "pos"),
        encoding="utf8",
    )
    sentences = []
    for sentence in reader.tagged_sents():
        if not sentence:
            continue
        tree = conlltags2tree([(word, "X", tag) for (word, tag) in sentence])
        entities, index = [], 0
        for node in tree:
            if isinstance(node, Tree):
                entities.append({"type": node.label(), "start": index, "end": index + len(node)})
                index += len(node)
            else:
                index += 1
        sentences.append({"tokens": [word for (word, _) in sentence], "entities": entities})
    return sentences


print(json.dumps([read(os.path.abspath(path)) for path in sys.argv[1:]], ensure_ascii=False))
