import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth-v4";
import { studioExport } from "@/lib/data/reports";

// ruleid: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  const studioId = String(req.query.studioId ?? (session?.user as { studioId?: string } | undefined)?.studioId ?? "");
  if (!/^c[a-z0-9]{20,30}$/.test(studioId)) return res.status(400).json({ error: "Bad studio" });
  const columns = String(req.query.columns ?? "id,amount_cents").split(",");
  if (columns.length === 0) return res.status(400).json({ error: "No columns" });
  const rows = await studioExport(studioId, columns);
  return res.status(200).json(rows);
}
