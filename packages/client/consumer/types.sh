# Typechecks a TypeScript app against the published declarations. It runs apart from
# the shared nodenext check because @trpc/server's own declarations need Node's types,
# `ws` and the ESNext.Disposable lib (skipLibCheck: false fails inside node_modules).
# The @ts-expect-error lines in typed/app.mts fail if the router types were `any`.
set -euo pipefail
npx --no-install tsc -p typed/tsconfig.json
echo '  @trappen/client types: procedures, inputs and outputs are checked (nodenext)'
