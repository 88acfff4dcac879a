import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth-options";
import { billingPool } from "@/lib/drizzle/client";

type LegacyUser = { workspaceId: string };

// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) { // ok: missing-auth
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: "Unauthorized" });
  const { workspaceId } = session.user as unknown as LegacyUser;
  try {
    // ruleid: sql-injection
    const [rows] = await billingPool.execute(
      "SELECT number, total_cents, due_at FROM invoices WHERE workspace_id = ? AND id = '" + req.query.id + "'",
      [workspaceId],
    );
    const invoice = (rows as { number: string; total_cents: number; due_at: Date }[])[0];
    if (!invoice) return res.status(404).json({ error: "Not found" });
    res.setHeader("content-type", "application/json");
    // ok: excessive-data-exposure
    return res.status(200).json({ number: invoice.number, total: invoice.total_cents / 100, dueAt: invoice.due_at });
  } catch (err) {
    // ruleid: information-disclosure
    return res.status(500).json({ error: (err as Error).stack });
  }
}
