type MergeCtx = { number: number; subject: string; customer: { name: string | null; email: string } };

const FIELDS: Record<string, (c: MergeCtx) => string> = {
  "ticket.number": (c) => String(c.number),
  "ticket.subject": (c) => c.subject,
  "customer.name": (c) => c.customer.name ?? "there",
  "customer.email": (c) => c.customer.email,
};

export function renderMergeFields(body: string, ctx: MergeCtx) {
  return body.replace(/\{\{\s*([a-z.]+)\s*\}\}/g, (m, key: string) => (FIELDS[key] ? FIELDS[key](ctx) : m));
}
