import "server-only";
import type { Invoice, Owner } from "@/lib/db/entities";

/** Renders via the internal pdf service (Gotenberg). */
export async function renderInvoicePdf(invoice: Invoice, owner: Pick<Owner, "name" | "address">): Promise<ArrayBuffer> {
  const html = `<h1>Invoice ${invoice.number}</h1><p>${owner.name}<br>${owner.address ?? ""}</p><p>Amount: £${(invoice.amountCents / 100).toFixed(2)}</p><p>Due ${invoice.dueOn}</p>`;
  const form = new FormData();
  form.append("files", new Blob([html], { type: "text/html" }), "index.html");
  const res = await fetch(`${process.env.GOTENBERG_URL}/forms/chromium/convert/html`, { method: "POST", body: form });
  if (!res.ok) throw new Error(`pdf service returned ${res.status}`);
  return res.arrayBuffer();
}
