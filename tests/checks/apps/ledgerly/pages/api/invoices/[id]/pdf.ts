import type { NextApiRequest, NextApiResponse } from "next";
import { getSession } from "@/lib/api-auth";
import { db } from "@/lib/db/kysely";
import { assertInvoiceAccess } from "@/lib/authz";
import { UUID_RE } from "@/lib/validation";

function renderPdf(invoice: { number: string; total_cents: number; currency: string; due_date: unknown }): Buffer {
  const text = `Invoice ${invoice.number}\nTotal: ${(invoice.total_cents / 100).toFixed(2)} ${invoice.currency}\nDue: ${String(invoice.due_date)}`;
  return Buffer.from(text, "utf8");
}

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getSession(req);
  if (!session) return res.status(401).json({ error: "Unauthorized" });
  const id = req.query.id;
  if (typeof id !== "string" || !UUID_RE.test(id)) return res.status(404).end();
  // ruleid: floating-auth-check
  assertInvoiceAccess(session.orgId, id);
  // ruleid: missing-authorization
  const invoice = await db.selectFrom("invoices").select(["number", "total_cents", "currency", "due_date"]).where("id", "=", id).executeTakeFirst();
  if (!invoice) return res.status(404).end();
  res.setHeader("content-type", "application/pdf");
  return res.status(200).send(renderPdf(invoice));
}
