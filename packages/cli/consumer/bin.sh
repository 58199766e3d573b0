set -euo pipefail
out=$(npx --no-install trappen staircase --lang en)
grep -q 'Early prevention in universal services' <<<"$out"
set +e
npx --no-install trappen no-such-command 2>/dev/null
code=$?
set -e
[ "$code" -eq 2 ] || { echo "expected exit code 2 for an unknown command, got $code"; exit 1; }
echo '  the trappen bin works and exits 2 on wrong usage'

examples="$(node -p "require('node:path').dirname(require.resolve('@trappen/cli/package.json'))")/examples"
out=$(npx --no-install trappen business-case "$examples/herning.json" --lang en)
grep -Eq '^Net +3,165 +-835 +-6,235 +-6,435' <<<"$out" || { echo "$out"; exit 1; }
grep -q 'Payback year: 2018' <<<"$out"
out=$(npx --no-install trappen business-case "$examples/herning.csv" --json)
grep -q '"npv": -9266204' <<<"$out"
echo '  trappen business-case reproduces the Herning table (JSON and CSV examples)'

out=$(npx --no-install trappen estimate "$examples/history.csv" --lang en)
grep -q 'Probability a month in %' <<<"$out"
out=$(cd "$examples" && npx --no-install trappen simulate scenario.json --draws 300 --seed 1 --lang en)
grep -q 'Probability of payback within 5 years' <<<"$out"
echo '  trappen estimate and simulate run on the shipped examples'

bad=$(mktemp -d)/bad.csv
printf 'label,budget area,kind,2016\nStaff,SO20,investment,lots\n' >"$bad"
set +e
err=$(npx --no-install trappen business-case "$bad" 2>&1 >/dev/null)
code=$?
set -e
[ "$code" -eq 1 ] || { echo "expected exit code 1 for a bad file, got $code"; exit 1; }
grep -q 'line 2, column 4: not an amount' <<<"$err"
echo '  a bad file exits 1 naming line and column'
