import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { sessionOptions, type SessionData } from "@/lib/session";
import { exportInvoicesCsvRows } from "@/lib/billing/queries";

/** Legacy finance export, still linked from the old intranet. /api/export-csv?from=2024-01-01 */
// ruleid: missing-input-validation
// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // ok: floating-auth-check
  const session = await getIronSession<SessionData>(req, res, sessionOptions);
  if (!session.userId || session.role !== "admin") {
    return res.status(403).json({ error: "Forbidden" });
  }
  const from = String(req.query.from ?? "1970-01-01");
  const rows = await exportInvoicesCsvRows(from);
  const header = "id,patient_id,amount_cents,status,created_at";
  const body = rows.map((r) => [r.id, r.patient_id, r.amount_cents, r.status, new Date(r.created_at).toISOString()].join(","));
  res.setHeader("Content-Type", "text/csv");
  res.setHeader("Content-Disposition", `attachment; filename="invoices-${Date.now()}.csv"`);
  res.status(200).send([header, ...body].join("\n"));
}
