#!/usr/bin/env python3
"""Builds wordnet-names.txt.gz: WordNet 3.0's named instances typed PER, ORG or LOC (see ../README-ner.md).

usage: make-wordnet-names.py [WORDNET_DIR] [OUT_DIR]
WORDNET_DIR (default /usr/share/wordnet, Debian package wordnet-base) holds data.noun. An instance
synset ("Chicago", "Bob Hope"), or a class whose names are all capitalised and which is an
organisation other than a religion ("Red Cross"), is typed by its instance hypernym's chain: person -> PER,
organization -> ORG, location, structure, geological formation or body of water -> LOC (first match
in that order). Only capitalised names are kept. Writes "TYPE<TAB>name" lines, sorted, gzip without a
timestamp (same input, same bytes).
"""
import gzip
import os
import sys

ORGANIZATION, RELIGION = '08008335', '08081668'
ROOTS = (
    ('PER', {'00007846'}),                                   # person.n.01
    ('ORG', {'08008335'}),                                   # organization.n.01
    ('LOC', {'00027167', '04341686', '09287968', '09225146'}),  # location, structure, geological formation, body of water
)


def main(wordnet, out):
    words, hypernyms, instance_of = {}, {}, {}
    with open(os.path.join(wordnet, 'data.noun'), encoding='utf-8') as f:
        for line in f:
            if line.startswith(' '):
                continue
            fields = line.split(' | ')[0].split()
            offset, count = fields[0], int(fields[3], 16)
            names = [fields[4 + 2 * i] for i in range(count)]
            at = 4 + 2 * count
            pointers = int(fields[at])
            parents, instances = [], []
            for p in range(pointers):
                symbol, target = fields[at + 1 + 4 * p], fields[at + 2 + 4 * p]
                if symbol == '@':
                    parents.append(target)
                elif symbol == '@i':
                    instances.append(target)
            words[offset], hypernyms[offset], instance_of[offset] = names, parents, instances

    def ancestors(start):
        seen, stack = set(), list(start)
        while stack:
            s = stack.pop()
            if s not in seen:
                seen.add(s)
                stack.extend(hypernyms.get(s, []))
        return seen

    typed = set()
    for offset, classes in instance_of.items():
        if classes:
            up = ancestors(classes)
            label = next((t for t, roots in ROOTS if up & roots), None)
        elif words[offset] and all(w[0].isupper() for w in words[offset]):
            # Named organisations are mostly classes, not instances ("Red Cross" is a kind of
            # charity); religions and denominations are kinds of organisation too, but no ORG names.
            up = ancestors(hypernyms[offset])
            label = 'ORG' if ORGANIZATION in up and RELIGION not in up else None
        else:
            continue
        if label is None:
            continue
        for name in words[offset]:
            name = name.split('(')[0].replace('_', ' ').strip()
            if name and name[0].isupper():
                typed.add(f'{label}\t{name}')

    os.makedirs(out, exist_ok=True)
    text = ''.join(line + '\n' for line in sorted(typed))
    with open(os.path.join(out, 'wordnet-names.txt.gz'), 'wb') as f:
        f.write(gzip.compress(text.encode('utf-8'), compresslevel=9, mtime=0))


if __name__ == '__main__':
    if len(sys.argv) > 3:
        sys.exit(__doc__)
    main(sys.argv[1] if len(sys.argv) > 1 else '/usr/share/wordnet', sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(os.path.abspath(__file__)))
