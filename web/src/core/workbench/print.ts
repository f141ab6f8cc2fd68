/** HTML-escapes a cell. */
function esc(value: string | number): string {
  return String(value).replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string,
  );
}

/** A printable page of a table: title, date, the rows (header first). */
export function printableHtml(
  title: string,
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
  lang: string,
): string {
  const [head = [], ...body] = rows;
  const date = new Date().toISOString().slice(0, 10);
  return `<!doctype html><html lang="${esc(lang)}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font:11pt system-ui,sans-serif;margin:1.5cm}table{border-collapse:collapse;width:100%}
th,td{border:1px solid #888;padding:4px;vertical-align:top;text-align:left}th{background:#eee}
@page{size:A4 landscape;margin:1cm}</style></head><body><h1>${esc(title)}</h1><p>${esc(date)}</p>
<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>
${body.map((row) => `<tr>${row.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n')}
</tbody></table></body></html>`;
}

/** Opens the table in a new window and asks the browser to print it. */
export function printTable(title: string, rows: ReadonlyArray<ReadonlyArray<string | number>>): void {
  const win = window.open('', '_blank');
  if (!win) return;
  win.document.write(printableHtml(title, rows, document.documentElement.lang || 'pl'));
  win.document.close();
  win.focus();
  win.print();
}
