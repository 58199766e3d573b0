/** The small landing page at `/`, Danish first, linking to the apps that are built. */
export function landingPage(apps: readonly { path: string; da: string; en: string }[]): string {
  const links = apps
    .map((app) => `<li><a href="${app.path}">${app.da}</a> <span lang="en">(${app.en})</span></li>`)
    .join('\n      ');
  return `<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <link rel="icon" href="data:,">
    <title>Trappen</title>
  </head>
  <body>
    <main>
      <h1>Trappen</h1>
      <p>Indsatstrappen for udsatte børn og unge: sager, sagstal og økonomi.</p>
      <p lang="en">The intervention staircase for vulnerable children: cases, caseloads and savings.</p>
      <ul>
      ${links || '<li>Ingen apps er bygget endnu. API: <code>/trpc</code></li>'}
      </ul>
      <p><a href="/healthz">/healthz</a> · <a href="/readyz">/readyz</a></p>
    </main>
  </body>
</html>`;
}
