/** Lets the browser save `text` as a file. */
export function download(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  // A BOM so Excel reads æ, ø and å as UTF-8.
  const url = URL.createObjectURL(new Blob([`\uFEFF${text}`], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}
