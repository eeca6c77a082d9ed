#!/usr/bin/env bash
# Runs one golden CLI case: tests/cli/NAME.case.
#
#   run_case.sh CASE DYAD SRC
#
# A case file has sections, each starting with a line "# NAME":
#   # args           the dyad arguments (a shell word list; $SRC is the
#                    source tree, $TMP a fresh scratch directory, $DYAD
#                    the binary, $BENCH the built bench programs)
#   # stdin          what dyad reads on standard input (default: nothing)
#   # file PATH      a file created in $TMP before the run
#   # expect-exit    the exit status (default 0)
#   # expect-stdout  standard output, exactly
#   # expect-stderr  standard error, exactly
#   # stderr-has     lines that must each appear in standard error
#   # stdout-has     lines that must each appear in standard output
#   # env            NAME=VALUE lines set for the dyad run
#   # setup          a shell script run in $TMP before dyad
#   # check          a shell script run after dyad with $OUT, $ERR (files
#                    holding its output) and $TMP; it must exit 0. It runs
#                    under "set -euo pipefail" ("set +e" in it is refused:
#                    every line after it would stop asserting); a command
#                    expected to fail is run as "exits N CMD ARGS...",
#                    which fails the check unless CMD exits with N.
#                    "set -e" also ignores the failure of any command of
#                    an "A && B" list but the last, and that of an
#                    indented "! CMD", so these lines are refused too
#                    (quoted text, here-documents and comments aside,
#                    continued lines joined): a line with " && " that does
#                    not start with if, while, until or elif, and an
#                    indented "! CMD", unless the line ends by handling
#                    the failure: "|| exit N", "|| return N", "|| say ...",
#                    "|| VAR=$?", "|| { ...; exit N; }" (or return N, or
#                    fail=1, before the "}"); or, a conditional action
#                    rather than an assertion, "&& exit N", "&& return N",
#                    "&& break", "&& continue", "&& { ...; exit N; }".
#                    Write one assertion a line instead. And a line
#                    piping printf or echo into "grep -q" is refused:
#                    grep's early exit can leave the writer a SIGPIPE,
#                    which pipefail turns into a random failure; give grep
#                    a here-string ("grep -q PAT <<< \"$var\"")
#
# With DYAD_VALGRIND=1 in the environment every run of dyad in the case
# (setup and check included) goes through valgrind's memcheck; the case
# fails when valgrind reports an error or a definite or indirect leak
# (scripts/valgrind runs the CLI cases this way).
# Lines starting with "##" are comments; any other line starting with "# "
# must name one of the sections above (a stray one fails the case, so that
# no check after it can be silently skipped).
set -u
case_file=$1 dyad=$2 SRC=$3
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
BENCH=$(dirname "$dyad")/bench   # gen_corpus and other bench programs
if [ "${DYAD_VALGRIND:-0}" = 1 ]; then
    # a wrapper with the binary's name, so that messages naming argv[0]
    # read the same; logs outside $TMP's listing, one per process
    real=$(realpath "$dyad")
    mkdir -p "$TMP/.vg/bin"
    printf '#!/bin/sh\nexec valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect --log-file=%s/.vg/log.%%p "%s" "$@"\n' \
        "$TMP" "$real" > "$TMP/.vg/bin/dyad"
    chmod +x "$TMP/.vg/bin/dyad"
    dyad=$TMP/.vg/bin/dyad
fi
DYAD=$dyad
export SRC TMP DYAD BENCH LC_ALL=${LC_ALL:-C.UTF-8}

section=""
declare -A text
files=()
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
    "##"*) continue ;;
    "# "*)
        section=${line#\# }
        # a comment inside a section must start with "##": any other
        # "# " line would open a section and silently end the one before
        case $section in
        args | stdin | expect-exit | expect-stdout | expect-stderr | \
            stderr-has | stdout-has | env | setup | check | file\ *) ;;
        *)
            printf '%s: line "%s": not a section (comments are "##")\n' \
                "$(basename "$case_file")" "$line" >&2
            exit 1 ;;
        esac
        case $section in file\ *) files+=("${section#file }") ;; esac
        text[$section]=""
        continue ;;
    esac
    [ -n "$section" ] && text[$section]+="$line"$'\n'
done < "$case_file"

for f in "${files[@]}"; do
    mkdir -p "$(dirname "$TMP/$f")"
    printf '%s' "${text[file $f]}" > "$TMP/$f"
done
args=${text[args]:-}
expect_exit=$(printf '%s' "${text[expect-exit]:-0}" | tr -d '[:space:]')
OUT=$TMP/.stdout ERR=$TMP/.stderr
export OUT ERR
cd "$TMP"
if [ -n "${text[setup]:-}" ]; then
    bash -euo pipefail -c "${text[setup]}" || { echo "setup failed" >&2; exit 1; }
fi
eval "set -- $args"
envs=()
while IFS= read -r kv; do
    [ -n "$kv" ] && envs+=("$(eval "printf '%s' \"$kv\"")")
done <<< "${text[env]:-}"
printf '%s' "${text[stdin]:-}" | env "${envs[@]}" "$dyad" "$@" > "$OUT" 2> "$ERR"
status=$?
fail=0
say() { printf '%s: %s\n' "$(basename "$case_file")" "$*" >&2; fail=1; }
[ "$status" = "$expect_exit" ] || say "exit status $status, expected $expect_exit"
if [ -n "${text[expect-stdout]+x}" ]; then
    diff -u <(printf '%s' "${text[expect-stdout]}") "$OUT" >&2 || say "stdout differs"
fi
if [ -n "${text[expect-stderr]+x}" ]; then
    diff -u <(printf '%s' "${text[expect-stderr]}") "$ERR" >&2 || say "stderr differs"
fi
while IFS= read -r want; do
    [ -z "$want" ] || grep -qF -- "$want" "$ERR" || say "stderr lacks: $want"
done <<< "${text[stderr-has]:-}"
while IFS= read -r want; do
    [ -z "$want" ] || grep -qF -- "$want" "$OUT" || say "stdout lacks: $want"
done <<< "${text[stdout-has]:-}"
if [ -n "${text[check]:-}" ]; then
    # "set -e" ignores a failed "! cmd": a line that starts with "! " is
    # made to fail the check itself
    check=$(printf '%s\n' "${text[check]}" |
            sed 's/^! .*$/& || exit 1/')
    # the && and "! " rule (see the header): the check's code lines, with
    # quoted text (but its quotes), here-document bodies and comments out,
    # a line continued by \, &&, || or | joined with the next, each after
    # its line number and a colon (sp > 0: in quotes; S '', D "", P $( )
    # within "")
    stmts=$(printf '%s\n' "$check" | awk '
        hd != "" { l = $0; if (hdtab) sub(/^\t+/, "", l); if (l == hd) hd = ""; next }
        {
            line = $0; n = length(line); out = ""; i = 1
            while (i <= n) {
                c = substr(line, i, 1); m = st[sp]
                if (m == "S") { if (c == "\047") sp--; i++; continue }
                if (m == "D") {
                    if (c == "\\") i++
                    else if (c == "\"") sp--
                    else if (substr(line, i, 2) == "$(") { st[++sp] = "P"; dep[sp] = 0; i++ }
                    i++; continue
                }
                if (c == "\\") { if (!sp) out = out substr(line, i, 2); i += 2; continue }
                if (c == "\047" || c == "\"") {
                    st[++sp] = c == "\"" ? "D" : "S"
                    if (sp == 1) out = out c c
                    i++; continue
                }
                if (c == "#" && (i == 1 || substr(line, i - 1, 1) ~ /[ \t;]/)) break
                if (m == "P") {
                    if (c == "(") dep[sp]++
                    else if (c == ")") { if (dep[sp]) dep[sp]--; else sp-- }
                    i++; continue
                }
                if (substr(line, i, 2) == "<<" && substr(line, i, 3) != "<<<" &&
                    match(substr(line, i), /^<<-?[ \t]*[\047"]?[A-Za-z0-9_]+/)) {
                    w = substr(line, i, RLENGTH); out = out w; i += RLENGTH
                    hdtab = w ~ /^<<-/; sub(/^<<-?[ \t]*[\047"]?/, "", w); hdnext = w
                    if (substr(line, i, 1) ~ /[\047"]/) i++
                    continue
                }
                out = out c; i++
            }
            if (buf == "") at = NR
            buf = buf out
            if (hdnext != "") { hd = hdnext; hdnext = "" }
            if (sp) next
            sub(/[ \t]+$/, "", buf)
            if (buf ~ /(\\|&&|\|)$/) { sub(/\\$/, "", buf); buf = buf " "; next }
            print at ":" buf; buf = ""
        }
        END { if (buf != "") print at ":" buf }')
    handler='([|][|]|&&)[[:space:]]*((exit|return)([[:space:]]+[^[:space:];&|]+)?|\{.*;[[:space:]]*((exit|return)([[:space:]]+[^[:space:];]+)?|fail=1);[[:space:]]*\})$'
    handler+='|&&[[:space:]]*(break|continue)$|[|][|][[:space:]]*(say[[:space:]].*|[A-Za-z_][A-Za-z0-9_]*=[$][?])$'
    and_lists=$(grep -E ' && ' <<< "$stmts" |
                grep -vE '^[0-9]+:[[:space:]]*(if|while|until|elif)[[:space:]]' |
                grep -vE "$handler" || true)
    negations=$(grep -E '^[0-9]+:[[:space:]]+! ' <<< "$stmts" |
                grep -vE "$handler" || true)
    # "printf/echo ... | grep -q": under pipefail grep's early exit can
    # leave the writer a SIGPIPE and fail the check at random (it did in
    # report_sotu); a here-string ("grep -q PAT <<< \"$var\"") has no pipe
    early_grep=$(grep -E '(printf|echo)[^|]*[|][[:space:]]*grep[[:space:]][^|]*-[A-Za-z]*q' <<< "$stmts" || true)
    if grep -qE '^[[:space:]]*set [+]e' <<< "$check"; then
        say "check: 'set +e' turns off its assertions (use exits N CMD)"
    elif [ -n "$and_lists" ]; then
        n=${and_lists%%:*}
        say "check: set -e asserts only the last command of an && list (one assertion a line, or end it in || exit 1): $(sed -n "${n}p" <<< "$check")"
    elif [ -n "$early_grep" ]; then
        n=${early_grep%%:*}
        say "check: under pipefail 'printf/echo ... | grep -q' can fail at random (SIGPIPE): use grep -q PAT <<< \"\$var\": $(sed -n "${n}p" <<< "$check")"
    elif [ -n "$negations" ]; then
        n=${negations%%:*}
        say "check: set -e ignores an indented '! CMD' (end it in || exit 1): $(sed -n "${n}p" <<< "$check")"
    else
        # exits says what went wrong on fd 3, the check's own stderr (its
        # command's stderr is often redirected to a file)
        helper='exits() { local want=$1 st=0; shift; "$@" || st=$?;
            [ "$st" = "$want" ] || { echo "exits: $1 exited $st, not $want" >&3;
            return 1; }; }'
        bash -euo pipefail -c "$helper"$'\n'"$check" 3>&2 >&2 ||
            say "check failed"
    fi
fi
if [ "${DYAD_VALGRIND:-0}" = 1 ]; then
    for log in "$TMP"/.vg/log.*; do
        [ -s "$log" ] || continue
        say "valgrind: $(grep -m1 -E 'Invalid|uninitialised|lost|Mismatched|overlap' "$log" || head -n 1 "$log")"
        cat "$log" >&2
    done
fi
if [ $fail != 0 ]; then
    echo "--- stderr was:" >&2
    head -c 4000 "$ERR" >&2
fi
exit $fail
