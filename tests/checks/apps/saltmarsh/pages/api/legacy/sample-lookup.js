import { getIronSession } from "iron-session";
import { sql } from "@/lib/db/sql";

// Old LIMS bridge: look up a sample by label.
// ok: missing-auth, missing-input-validation
export default async function handler(req, res) {
  const session = await getIronSession(req, res, { password: process.env.PORTAL_SESSION_SECRET, cookieName: "sm_portal" });
  if (!session.tenantId) return res.status(401).json({ error: "Unauthorized" });
  const label = req.query.label;
  if (typeof label !== "string" || label.length > 80) return res.status(400).json({ error: "Bad label" });
  try {
    // ok: sql-injection
    const rows = await sql`select * from samples where tenant_id = ${session.tenantId} and label = ${label}`;
    // ruleid: excessive-data-exposure
    return res.status(200).json(rows);
  } catch (err) {
    // ruleid: information-disclosure
    return res.status(500).json({ error: String(err) });
  }
}
