import type { NextApiRequest, NextApiResponse } from "next";
import { fromNodeHeaders } from "better-auth/node";
import { auth } from "@/lib/auth";
import { pool } from "@/lib/db";

// Legacy CSV export used by the old finance dashboard (pre App Router).
// ruleid: missing-input-validation
// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "GET") return res.status(405).end();
  const session = await auth.api.getSession({ headers: fromNodeHeaders(req.headers) });
  if (!session) return res.status(401).json({ error: "Unauthorized" });

  const orgId = req.query.orgId as string;
  try {
    // ruleid: missing-authorization
    const [rows] = await pool.query("SELECT number, amount_cents, tax_cents, status, issued_at FROM invoices WHERE organization_id = ?", [orgId]);
    const lines = (rows as Array<Record<string, unknown>>).map((r) => [r.number, r.amount_cents, r.tax_cents, r.status, r.issued_at].join(","));
    res.setHeader("content-type", "text/csv");
    res.send(["number,amount_cents,tax_cents,status,issued_at", ...lines].join("\n"));
  } catch (err) {
    // ruleid: information-disclosure
    res.status(500).json({ error: String(err) });
  }
}
