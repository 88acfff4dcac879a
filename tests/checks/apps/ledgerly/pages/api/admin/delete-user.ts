import type { NextApiRequest, NextApiResponse } from "next";
import { getSession } from "@/lib/api-auth";
import { db } from "@/lib/db/kysely";
import { UUID_RE } from "@/lib/validation";

// ruleid: missing-audit-log
// ok: missing-auth, missing-authorization, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const session = await getSession(req);
  if (!session) return res.status(401).json({ error: "Unauthorized" });
  if (session.role !== "owner" && session.role !== "admin") return res.status(403).json({ error: "Forbidden" });

  const userId = req.body?.userId;
  if (typeof userId !== "string" || !UUID_RE.test(userId)) return res.status(400).json({ error: "userId required" });
  if (userId === session.userId) return res.status(400).json({ error: "Use account settings to delete yourself" });
  try {
    await db.deleteFrom("users").where("id", "=", userId).where("org_id", "=", session.orgId).where("role", "!=", "owner").execute();
    return res.status(204).end();
  } catch (error) {
    // ruleid: information-disclosure
    return res.status(500).json({ error });
  }
}
