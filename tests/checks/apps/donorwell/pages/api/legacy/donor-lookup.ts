import type { NextApiRequest, NextApiResponse } from "next";
import { fromNodeHeaders } from "better-auth/node";
import { auth } from "@/lib/auth/server";
import { pool } from "@/lib/db/pool";

// Old reception desk lookup, still used by the kiosk build.
// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await auth.api.getSession({ headers: fromNodeHeaders(req.headers) });
  if (!session?.session.activeOrganizationId) return res.status(401).json({ error: "unauthorized" });
  const q = String(req.query.q ?? "");
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT id, full_name, blood_type FROM donors WHERE centre_id = $1 AND (national_id = '" + q + "' OR phone = '" + q + "')", [session.session.activeOrganizationId]);
  res.status(200).json(rows.map((r) => ({ id: r.id, name: r.full_name, bloodType: r.blood_type })));
}
