#!/usr/bin/env bash
# compare-newsboat.sh: reload benchmark of dateline side by side with
# Debian's newsboat, on the same generated corpus served over loopback.
#
# What it measures, for each program, with the same number of parallel
# fetches (dateline --jobs, newsboat reload-threads):
#   cold  wall time of a reload into a fresh, empty database
#         (hyperfine; the database is deleted before every run);
#   warm  wall time of a second reload when nothing changed: the database
#         is filled once, then every request is conditional and the server
#         answers 304 (checked against the server's /__stats counters);
#   rss   peak resident memory of each cold reload above (every timed cold
#         run goes through /usr/bin/time -v: "Maximum resident set size"),
#         with its user+sys CPU time; wait4 adds next to nothing to a run.
# It prints medians in a Markdown table with the ratio dateline/newsboat.
#
# The corpus generator and server come from $SHARED/bench (gen_corpus.py,
# serve.py; $SHARED defaults to ../shared next to the repository root).
# The server binds 127.0.0.1 only and injects a fixed latency per request.
# HOME and XDG_* point into a temporary directory, so neither program reads
# or writes the real home. Everything is removed on exit.
#
# Usage (from anywhere; root needed only if tools must be installed):
#   cmd/dateline/testdata/compare-newsboat.sh [options]
# Options:
#   -f, --feeds N       feeds in the corpus                  (default 500)
#   -i, --items N       articles per feed                    (default 50)
#   -l, --latency MS    server latency per request, ms       (default 50)
#   -r, --runs N        runs per measure; medians reported   (default 5)
#   -j, --jobs N        parallel fetches for both programs   (default 16)
#       --only PROG     measure only newsboat or dateline
#       --keep          keep the temporary directory (path printed)
#   -h, --help          this text
#
# Missing tools (newsboat, hyperfine, GNU time) are installed with apt-get.
set -euo pipefail

feeds=500 items=50 latency=50 runs=5 jobs=16 only="" keep=0
cmdline="$0${*:+ $*}"

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }
die() { echo "compare-newsboat: $*" >&2; exit 1; }
log() { echo "== $(date -u +%T) $*" >&2; }

while [ $# -gt 0 ]; do
	case "$1" in
	-f | --feeds) feeds=${2:?}; shift 2 ;;
	-i | --items) items=${2:?}; shift 2 ;;
	-l | --latency) latency=${2:?}; shift 2 ;;
	-r | --runs) runs=${2:?}; shift 2 ;;
	-j | --jobs) jobs=${2:?}; shift 2 ;;
	--only) only=${2:?}; shift 2 ;;
	--keep) keep=1; shift ;;
	-h | --help) usage; exit 0 ;;
	*) usage >&2; die "unknown option $1" ;;
	esac
done
for v in "$feeds" "$items" "$runs" "$jobs"; do
	[[ $v =~ ^[1-9][0-9]*$ ]] || die "not a positive number: $v"
done
[[ $latency =~ ^[0-9]+(\.[0-9]+)?$ ]] || die "not a latency in ms: $latency"
case "$only" in "" | newsboat | dateline) ;; *) die "--only takes newsboat or dateline" ;; esac
progs="newsboat dateline"
[ -n "$only" ] && progs=$only

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
SHARED=${SHARED:-$root/../shared}
bench=$SHARED/bench
[ -f "$bench/gen_corpus.py" ] && [ -f "$bench/serve.py" ] ||
	die "no gen_corpus.py and serve.py in $bench (set SHARED)"
command -v python3 >/dev/null || die "python3 is needed"

# Tools: install what is missing (Debian packages).
need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
[ -x /usr/bin/time ] || need+=(time)
[[ $progs == *newsboat* ]] && ! command -v newsboat >/dev/null && need+=(newsboat)
if [ ${#need[@]} -gt 0 ]; then
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo=sudo
	log "installing ${need[*]}"
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/compare-newsboat.XXXXXX")
server_pid=""
cleanup() {
	if [ -n "$server_pid" ]; then
		kill "$server_pid" 2>/dev/null || true
		wait "$server_pid" 2>/dev/null || true
	fi
	if [ "$keep" = 1 ]; then echo "kept $tmp" >&2; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Build before HOME moves, so the Go build and module caches are the usual ones.
if [[ $progs == *dateline* ]]; then
	log "building dateline"
	(cd "$root" && go build -o "$tmp/dateline" ./cmd/dateline) || die "go build failed"
fi

export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config XDG_DATA_HOME=$tmp/home/.local/share
export XDG_CACHE_HOME=$tmp/home/.cache XDG_STATE_HOME=$tmp/home/.local/state
export XDG_RUNTIME_DIR=$tmp/run
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
cd "$tmp"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log "generating $feeds feeds x $items articles"
python3 "$bench/gen_corpus.py" --feeds "$feeds" --items "$items" --port "$port" --out "$tmp/corpus" >/dev/null
cp "$tmp/corpus/urls" "$tmp/urls"

python3 "$bench/serve.py" --root "$tmp/corpus" --port "$port" --latency-ms "$latency" >"$tmp/serve.log" 2>&1 &
server_pid=$!
base=http://127.0.0.1:$port
# stats [reset] prints the server counters as JSON (and zeroes them with reset).
stats() {
	python3 -c 'import sys, urllib.request; sys.stdout.write(urllib.request.urlopen(sys.argv[1], timeout=10).read().decode())' \
		"$base/__stats${1:+?reset=1}"
}
for _ in $(seq 50); do stats >/dev/null 2>&1 && break; sleep 0.1; done
stats >/dev/null 2>&1 || { cat "$tmp/serve.log" >&2; die "server did not start"; }

# Per program: the command, and the files that make up its database.
printf 'reload-threads %s\n' "$jobs" >"$tmp/nb.conf"
nb_cmd="newsboat -u urls -c nb.db -C nb.conf -x reload"
nb_db="nb.db nb.db-journal nb.db.lock"
dl_config=/dev/null
dl_db="dl.db dl.db-journal dl.db-wal dl.db-shm"
if [[ $progs == *dateline* ]]; then
	: >"$tmp/probe-urls"
	if ! ./dateline --urls probe-urls --db probe.db --config /dev/null feeds >/dev/null 2>&1; then
		dl_config=$tmp/dateline-config.toml # never created: defaults
	fi
	rm -f probe-urls probe.db*
fi
dl_cmd="./dateline --urls urls --db dl.db --config $dl_config --jobs $jobs reload"
cmd_of() { if [ "$1" = newsboat ]; then echo "$nb_cmd"; else echo "$dl_cmd"; fi; }
db_of() { if [ "$1" = newsboat ]; then echo "$nb_db"; else echo "$dl_db"; fi; }

# check_stats FILE WANT KIND fails unless the server saw WANT requests, all
# answered 200 (KIND=cold) or all conditional and answered 304 (KIND=warm).
check_stats() {
	python3 - "$@" <<'EOF'
import json, sys
path, want, kind = sys.argv[1], int(sys.argv[2]), sys.argv[3]
s = json.load(open(path))
ok = s["requests"] == want and s["s404"] == 0
if kind == "cold":
    ok = ok and s["s200"] == want
else:
    ok = ok and s["conditional"] == want and s["s304"] == want
print("   server: %d requests, %d x 200, %d conditional, %d x 304, peak %d in flight, server CPU %.1f s"
      % (s["requests"], s["s200"], s["conditional"], s["s304"], s["peak_in_flight"], s["server_cpu_s"]),
      file=sys.stderr)
sys.exit(0 if ok else 1)
EOF
}

for p in $progs; do
	cmd=$(cmd_of "$p") db=$(db_of "$p")

	log "$p: cold reload x $runs: $cmd"
	stats reset >/dev/null
	hyperfine --style basic --runs "$runs" --prepare "rm -f $db" \
		--export-json "$tmp/cold-$p.json" \
		"/usr/bin/time -v -a -o $tmp/rss-$p.txt $cmd" >&2
	stats >"$tmp/cold-$p.stats"
	check_stats "$tmp/cold-$p.stats" $((feeds * runs)) cold ||
		die "$p: cold reloads did not fetch every feed exactly once per run"

	# The last cold run left a full database: count what it stored.
	if [ "$p" = newsboat ]; then
		q="select count(*) from rss_item" f=nb.db
	else
		q="select count(*) from articles" f=dl.db
	fi
	n=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$f" "$q" || echo "?")
	echo "$n" >"$tmp/articles-$p"
	log "$p stored $n articles (corpus has $((feeds * items)))"

	# A program may need more than one reload before it has a validator for
	# every feed (newsboat 2.21 sends its first conditional requests on the
	# third reload): reload until one is all 304, and report how many it took.
	settled=0
	for i in 1 2 3 4; do
		stats reset >/dev/null
		$cmd >"$tmp/out-$p.txt" 2>&1 || die "$p failed: $(tail -3 "$tmp/out-$p.txt")"
		stats >"$tmp/settle-$p.stats"
		if check_stats "$tmp/settle-$p.stats" "$feeds" warm 2>/dev/null; then
			settled=$i
			break
		fi
	done
	[ "$settled" -gt 0 ] || die "$p: no reload was all conditional 304s after 4 tries"
	echo $((settled + 1)) >"$tmp/settle-$p"
	log "$p: reload number $((settled + 1)) into a filled database was the first all-304 one"

	log "$p: warm reload, nothing changed, x $runs"
	stats reset >/dev/null
	hyperfine --style basic --runs "$runs" --export-json "$tmp/warm-$p.json" "$cmd" >&2
	stats >"$tmp/warm-$p.stats"
	check_stats "$tmp/warm-$p.stats" $((feeds * runs)) warm ||
		die "$p: warm reloads were not all conditional requests answered 304"
done

# The report.
python3 - "$tmp" "$progs" "$feeds" "$items" "$latency" "$runs" "$jobs" "$cmdline" "$nb_cmd" "$dl_cmd" <<'EOF'
import json, re, statistics, sys
tmp, progs, feeds, items, latency, runs, jobs, cmdline, nb_cmd, dl_cmd = sys.argv[1:]
progs, runs = progs.split(), int(runs)

def hf(kind, p):
    r = json.load(open("%s/%s-%s.json" % (tmp, kind, p)))["results"][0]
    return statistics.median(r["times"]), min(r["times"]), max(r["times"])

def tv(p, key):
    vals = []
    text = open("%s/rss-%s.txt" % (tmp, p)).read()
    for block in text.split("Command being timed:")[1:]:
        d = dict(l.strip().split(": ", 1) for l in block.splitlines() if ": " in l)
        vals.append(float(d["Maximum resident set size (kbytes)"]) / 1024 if key == "rss"
                    else float(d["User time (seconds)"]) + float(d["System time (seconds)"]))
    assert len(vals) == runs, "%s: %d /usr/bin/time reports for %d runs" % (p, len(vals), runs)
    return statistics.median(vals), min(vals), max(vals)

rows = [("cold reload, wall (s)", lambda p: hf("cold", p), 0.35),
        ("warm reload, all 304, wall (s)", lambda p: hf("warm", p), 0.15),
        ("cold reload, peak RSS (MiB)", lambda p: tv(p, "rss"), 1.0),
        ("cold reload, user+sys CPU (s)", lambda p: tv(p, "cpu"), None)]
val = {(name, p): f(p) for name, f, _ in rows for p in progs}

def cell(name, p):
    if p not in progs:
        return "-"
    m, lo, hi = val[(name, p)]
    return "%.2f (%.2f-%.2f)" % (m, lo, hi)

print("\n%s feeds x %s articles, %s ms latency, %s jobs, median (min-max) of %d runs\n"
      % (feeds, items, latency, jobs, runs))
print("| measure | newsboat median | dateline median | ratio |")
print("|---|---|---|---|")
verdicts = []
for name, _, target in rows:
    ratio = "-"
    if len(progs) == 2:
        r = val[(name, "dateline")][0] / val[(name, "newsboat")][0]
        ratio = "%.3fx" % r
        if target is not None:
            verdicts.append("%s: %.3fx, target <= %.2fx: %s"
                            % (name, r, target, "met" if r <= target else "MISSED"))
    print("| %s | %s | %s | %s |" % (name, cell(name, "newsboat"), cell(name, "dateline"), ratio))
arts = {p: open("%s/articles-%s" % (tmp, p)).read().strip() for p in progs}
print("| articles stored | %s | %s | |" % (arts.get("newsboat", "-"), arts.get("dateline", "-")))
settle = {p: open("%s/settle-%s" % (tmp, p)).read().strip() for p in progs}
print("| reloads until the first all-304 one (cold = 1) | %s | %s | |"
      % (settle.get("newsboat", "-"), settle.get("dateline", "-")))
print()
for v in verdicts:
    print("- " + v)
print("\nCommand: `%s`" % cmdline)
if "newsboat" in progs:
    print("newsboat: `%s` (nb.conf: `reload-threads %s`)" % (nb_cmd, jobs))
if "dateline" in progs:
    print("dateline: `%s`" % dl_cmd)
EOF
