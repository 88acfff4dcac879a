import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { kdb } from "@/lib/db/kysely";
import type { PortalSession } from "@/lib/auth/portal-session";

// Pre-App-Router partner endpoint, still used by two universities' LIMS.
// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<PortalSession>(req, res, { password: process.env.PORTAL_SESSION_SECRET!, cookieName: "sm_portal" });
  if (!session.tenantId) return res.status(401).json({ error: "Unauthorized" });
  const rows = await kdb
    .selectFrom("bench_bookings")
    .select(["id", "bench_id", "day", "status"])
    .where("tenant_id", "=", session.tenantId)
    .execute();
  // ok: excessive-data-exposure
  return res.status(200).json(rows);
}
