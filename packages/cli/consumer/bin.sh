set -euo pipefail
out=$(npx --no-install trappen staircase --lang en)
grep -q 'Early prevention in universal services' <<<"$out"
set +e
npx --no-install trappen no-such-command 2>/dev/null
code=$?
set -e
[ "$code" -eq 2 ] || { echo "expected exit code 2 for an unknown command, got $code"; exit 1; }
echo '  the trappen bin works and exits 2 on wrong usage'
