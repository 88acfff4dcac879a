import type { NextApiRequest, NextApiResponse } from "next";
import { fromNodeHeaders } from "better-auth/node";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { pool } from "@/lib/db";

const q = z.object({ orgId: z.string().min(1), year: z.coerce.number().int().min(2018).max(2100) });

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await auth.api.getSession({ headers: fromNodeHeaders(req.headers) });
  if (!session) return res.status(401).json({ error: "Unauthorized" });
  const parsed = q.safeParse(req.query);
  if (!parsed.success) return res.status(400).json({ error: "Bad query" });
  // ok: sql-injection
  const [membership] = await pool.execute("SELECT role FROM member WHERE organizationId = ? AND userId = ?", [parsed.data.orgId, session.user.id]);
  if ((membership as unknown[]).length === 0) return res.status(404).json({ error: "Not found" });
  try {
    // ok: missing-authorization, sql-injection
    const [rows] = await pool.query(
      "SELECT SUM(amount_cents) AS total, SUM(tax_cents) AS tax FROM invoices WHERE organization_id = ? AND YEAR(issued_at) = ?",
      [parsed.data.orgId, parsed.data.year],
    );
    // ok: excessive-data-exposure
    res.status(200).json({ total: Number((rows as Array<{ total: number }>)[0]?.total ?? 0) });
  } catch {
    // ok: information-disclosure
    res.status(500).json({ error: "Export failed" });
  }
}
