# Typechecks a TypeScript app against the published declarations, with
# skipLibCheck: false, so the declarations of @trpc/server and @trpc/client that the
# client's types build on are checked too. They import `ws` and Node's types:
# @trappen/client depends on @types/ws (which brings @types/node), so they resolve.
# It runs apart from the shared check so a failure names the client.
# The @ts-expect-error lines in typed/app.mts fail if the router types were `any`.
set -euo pipefail
npx --no-install tsc -p typed/tsconfig.json
echo '  @trappen/client types: procedures, inputs and outputs are checked (nodenext, skipLibCheck false)'
