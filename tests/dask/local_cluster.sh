#!/usr/bin/env bash
# tools/dyad-dask on a local Dask cluster of two worker processes, one of
# which is killed (SIGKILL, by the task it runs, while dyad score writes):
# the shards merged by dyad ingest give the same pairs and series as one
# `dyad ingest` of the same files; a missing input is named and the exit
# status is 66 with the other shards stored; a second run keeps the
# shards it finds and reports a rejected record (65); a missing dyad
# binary exits 69.
#
#   local_cluster.sh DYAD SRC
#
# Exit 77 (skipped) when python3-distributed cannot be imported.
set -euo pipefail
dyad=$1 src=$2
py=/usr/bin/python3
if ! "$py" -c 'import distributed' 2> /dev/null; then
    echo "SKIP: python3-distributed cannot be imported by $py (scripts/setup installs it)"
    exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
export TMPDIR=$tmp    # the workers' scratch folders
fail() { echo "local_cluster: $*" >&2; exit 1; }

# inputs: the speeches in four files (one gzipped) and the examples
mkdir in
zcat "$src/examples/sotu/sotu.jsonl.gz" > all.jsonl
split -n l/4 -d --additional-suffix=.jsonl all.jsonl in/sotu
gzip in/sotu01.jsonl
cp "$src/examples/articles.jsonl" in/
inputs=(in/sotu00.jsonl in/sotu01.jsonl.gz in/sotu02.jsonl in/sotu03.jsonl
        in/articles.jsonl)
"$dyad" -q --db one.db ingest --self USA "${inputs[@]}"

compare() { # compare DB: pairs and series as in one.db
    for db in one.db "$1"; do
        "$dyad" --db "$db" pairs > "$db.pairs"
        for p in USA-GBR USA-MEX USA-ESP CHN-JPN; do
            "$dyad" --db "$db" series --pair $p --by year
        done > "$db.series"
        "$dyad" --db "$db" series --all-pairs --by decade >> "$db.series"
    done
    cmp one.db.pairs "$1.pairs" || fail "$1: pairs differ"
    cmp one.db.series "$1.series" || fail "$1: series differ"
    [ "$(wc -l < one.db.pairs)" -gt 20 ] || fail "too few pairs"
}

driver() { # driver STATUS NAME ARGS...: the driver on two local workers,
           # its output in NAME.out and NAME.err; fails unless it exits STATUS
    local want=$1 name=$2 rc=0
    shift 2
    "$py" "$src/tools/dyad-dask" --local 2 --shards shards "$@" \
        > "$name.out" 2> "$name.err" || rc=$?
    cat "$name.out" "$name.err"
    [ $rc = "$want" ] || fail "$name: exit $rc, expected $want"
}

# an input missing (66), a worker killed
driver 66 run1 --db two.db --dyad "$dyad" --self USA --test-kill-once \
    "${inputs[@]::3}" in/missing.jsonl "${inputs[@]:3}"
grep -q 'in/missing.jsonl: not scored (dyad score exit 66).*cannot open' run1.err ||
    fail "the missing input is not named"
grep -q '5 of 6 inputs scored (0 shards kept.*), 244 articles' run1.out ||
    fail "summary"
grep -q 'attempts redone after a worker died: 1,' run1.out ||
    fail "no worker was killed while scoring"
grep -q 'stored in two.db: read 244, new 244' run1.out || fail "ingest summary"
[ "$(ls shards/*.jsonl | wc -l)" = 5 ] || fail "shards: $(ls -A shards)"
# the shards in input order, for a merge by hand
[ "$(sed 's|.*/||; s|-[0-9a-f]*\.jsonl$||' shards/index | tr '\n' ' ')" = \
  "sotu00 sotu01 sotu02 sotu03 articles " ] || fail "index: $(cat shards/index)"
[ -z "$(ls -A shards | grep '^\.')" ] || fail "temporary files left: $(ls -A shards)"
compare two.db

# again, with an input holding a bad record and an article already
# stored: the shards are kept, not scored again; the bad record is
# reported, kept beside its shard, and the exit status is 65
{ head -n 1 in/articles.jsonl; echo 'not json'; } > in/bad.jsonl
driver 65 run2 --db three.db --dyad "$dyad" --self USA "${inputs[@]}" \
    in/bad.jsonl
grep -q '6 of 6 inputs scored (5 shards kept.*), 1 articles, 1 records rejected' \
    run2.out ||
    fail "shards scored again"
grep -q 'in/bad.jsonl: 1 records rejected, kept in .*shards/bad-.*\.rejects' \
    run2.err ||
    fail "rejects not reported"
[ "$(cat shards/bad-*.rejects)" = "not json" ] || fail "rejects not kept"
compare three.db

driver 69 run3 --dyad "$tmp/nodyad" in/articles.jsonl
grep -q 'nodyad: dyad binary not found' run3.err || fail "missing binary"
echo "local_cluster: ok"
