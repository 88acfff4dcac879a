// Minimal PDF writer from the 2019 codebase. Plain JS, no types.
function esc(text) {
  return String(text).replace(/[()\\]/g, (c) => "\\" + c);
}

export function renderInvoicePdf(invoice) {
  const lines = [
    `Invoice ${esc(invoice.number)}`,
    `Total: ${(invoice.totalCents / 100).toFixed(2)} EUR`,
    `Status: ${esc(invoice.status)}`,
  ];
  const body = lines.map((l, i) => `BT /F1 12 Tf 50 ${750 - i * 20} Td (${l}) Tj ET`).join("\n");
  return `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n4 0 obj<</Length ${body.length}>>stream\n${body}\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF`;
}
