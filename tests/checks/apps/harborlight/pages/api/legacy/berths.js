import { eq } from "drizzle-orm";
import { db, berths } from "@/lib/db";

// Old kiosk endpoint: lists a marina's berths, gate codes included. No session at all.
// ok: missing-input-validation
// ruleid: missing-auth
export default async function handler(req, res) {
  const orgId = String(req.query.org || "");
  if (!/^[a-z0-9]{24}$/.test(orgId)) return res.status(400).json({ error: "bad org" });
  const rows = await db.select().from(berths).where(eq(berths.organizationId, orgId));
  // ruleid: excessive-data-exposure
  return res.status(200).json(rows);
}
