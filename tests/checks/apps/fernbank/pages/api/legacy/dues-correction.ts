import type { NextApiRequest, NextApiResponse } from "next";
import { legacyPool } from "@/lib/db/mysql";
import { requireApiUser } from "@/lib/pages/api-auth";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-audit-log
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const user = await requireApiUser(req, res);
  if (!user) return;
  if (user.role !== "PLATFORM_ADMIN") return res.status(403).json({ error: "Forbidden" });
  const { id, amount } = req.body;
  // ruleid: sql-injection
  await legacyPool.query(`UPDATE dues_history SET amount = ${amount} WHERE id = ${id}`);
  await auditLog({ actorId: user.id, action: "legacy.dues.correct", target: String(id) });
  return res.json({ ok: true });
}
