#!/bin/sh
# The README's counts of hand-written loading in the renderer ("One way to load, refresh and leave").
#   tests/support/renderer-counts.sh [TREE]     TREE holds renderer/ and shared/ (default: this checkout)
# To count another commit: mkdir /tmp/t && git archive COMMIT renderer shared | tar -x -C /tmp/t
T=${1:-.}
S=$T/renderer/src
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# Fetch effects: a useEffect whose body (up to the line closing it with its dependency list) calls the typed client.
fetch=$(find "$S" -name '*.ts*' -exec awk '
  /useEffect\(/ { inside = 1; calls = 0 }
  inside && /[^A-Za-z.]call\(/ { calls = 1 }
  inside && /^[[:space:]]*\}, \[/ { if (calls) n++; inside = 0 }
  END { print n + 0 }' {} \; | awk '{ s += $1 } END { print s }')

# Busy flags: a useState saying that an action or a load is under way.
busy=$(grep -rEc "const \[(busy|loading|saving|exporting|importing|compiling|working|pending|submitting|running|refreshing|restoring)[A-Za-z]*, set[A-Za-z]*\] = useState" "$S" | awk -F: '{ s += $2 } END { print s }')

# Reload counters: a state bumped by one to make an effect load again.
reload=$(grep -rEc "set(Version|Round|Reload[A-Za-z]*|Tick|Nonce|Refresh[A-Za-z]*)\(\(?[a-z]+\)? => [a-z]+ \+ 1\)" "$S" | awk -F: '{ s += $2 } END { print s }')

# Duplicate form messages: a sentence (a space, a final full stop) of the renderer that a shared zod schema
# also writes; a schema's template ("tối đa ${max} ký tự") matches any number in its place.
grep -rhoE "'[^']* [^']*\.'" "$S" | sed -E "s/^'|'$//g" | sort -u > "$TMP/renderer.txt"
grep -rhoE "'[^']* [^']*\.'|\`[^\`]* [^\`]*\.\`" "$T/shared/schemas" | sed -E "s/^['\`]|['\`]$//g" | sort -u \
  | sed -E 's/[][\.*^$()+?{}|\\]/\\&/g; s/\\\$\\\{[^}]*\\\}/[0-9]+/g; s/^/^/; s/$/$/' > "$TMP/schemas.txt"
dupes=$(grep -Ecxf "$TMP/schemas.txt" "$TMP/renderer.txt")

echo "{ \"fetchEffects\": $fetch, \"busyFlags\": $busy, \"reloadCounters\": $reload, \"duplicateFormMessages\": $dupes }"
