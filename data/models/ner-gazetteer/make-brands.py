#!/usr/bin/env python3
"""Builds brands.txt.gz: brand and operator names from OpenStreetMap's name-suggestion-index (see ../README-ner.md).

usage: make-brands.py NSI_PACKAGE_DIR OUT_DIR
NSI_PACKAGE_DIR is the unpacked `npm pack name-suggestion-index@8.0.20260918` (its package/ folder).
Every item under brands/* and operators/* (shops, restaurant chains, banks, fuel, transit and public
operators) gives its brand, operator and name tags, English variants included, where written in
Latin letters. Web text writes these names in the tokenizer's pieces, so a name with a possessive or
hyphen is also written split ("McDonald 's", "In - N - Out Burger"). A one-word brand that is also an
English word or a person's name in the other lists of OUT_DIR (common-words.txt.gz, people.txt.gz:
"Target", "Shell", "Albert") is left out: it is more often not the brand. One name per line, sorted,
gzip without a timestamp (same input, same bytes).
"""
import gzip
import json
import os
import re
import sys

LATIN = re.compile(r"^[A-Za-z0-9\u00C0-\u024F&'\u2019.,!+\- ]+$")
KEYS = ('brand', 'brand:en', 'name', 'name:en', 'operator', 'operator:en')


def split(name):
    """The name as the tokenizer cuts it: possessive 's and hyphens are tokens of their own."""
    name = name.replace('\u2019', "'")
    name = re.sub(r"(\w)'s\b", r"\1 's", name)
    name = re.sub(r"(\w)-(?=\w)", r"\1 - ", name)
    return ' '.join(name.split())


def read(path):
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        return {line.strip().lower() for line in f}


def main(package, out):
    ambiguous = read(os.path.join(out, 'common-words.txt.gz')) | read(os.path.join(out, 'people.txt.gz'))
    nsi = json.load(open(os.path.join(package, 'dist/json/nsi.json'), encoding='utf-8'))['nsi']
    names = set()
    for path, tree in nsi.items():
        if not path.startswith(('brands/', 'operators/')):
            continue
        for item in tree['items']:
            tags = item.get('tags', {})
            for key in KEYS:
                value = (tags.get(key) or '').strip()
                one_ambiguous_word = ' ' not in value and value.lower() in ambiguous
                if len(value) > 1 and LATIN.match(value) and any(c.isalpha() for c in value) and not one_ambiguous_word:
                    names.add(' '.join(value.split()))
                    names.add(split(value))

    text = ''.join(n + '\n' for n in sorted(names))
    with open(os.path.join(out, 'brands.txt.gz'), 'wb') as f:
        f.write(gzip.compress(text.encode('utf-8'), compresslevel=9, mtime=0))


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
