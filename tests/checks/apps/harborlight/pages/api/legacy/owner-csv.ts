import type { NextApiRequest, NextApiResponse } from "next";
import type { RowDataPacket } from "mysql2";
import { fromNodeHeaders } from "better-auth/node";
import { auth } from "@/lib/auth/better-auth";
import { billing } from "@/lib/db/billing";

// Accountant: invoices of one owner as CSV (legacy billing DB).
// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await auth.api.getSession({ headers: fromNodeHeaders(req.headers) });
  if (!session) return res.status(401).end();
  const ownerRef = req.query.ownerRef as string;
  // ruleid: sql-injection, missing-authorization
  const [rows] = await billing.query<RowDataPacket[]>(`SELECT id, amount_cents, status FROM invoices WHERE owner_ref = '${ownerRef}'`);
  res.setHeader("content-type", "text/csv");
  res.send(rows.map((r) => `${r.id},${r.amount_cents},${r.status}`).join("\n"));
}
