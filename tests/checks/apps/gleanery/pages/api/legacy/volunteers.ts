import type { NextApiRequest, NextApiResponse } from "next";
import { fromNodeHeaders } from "better-auth/node";
import { auth } from "@/lib/auth/better";
import { volunteerByEmail, pagedVolunteers } from "@/lib/data/volunteers";

// Old coordinator screen (pages router) — lookup a volunteer in the legacy MySQL DB
// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await auth.api.getSession({ headers: fromNodeHeaders(req.headers) });
  if (!session) return res.status(401).json({ error: "unauthorized" });
  const role = (session.user as { role?: string }).role;
  if (role !== "coordinator" && role !== "network_admin") return res.status(403).json({ error: "forbidden" });
  if (req.query.email) {
    const v = await volunteerByEmail(String(req.query.email));
    // ok: excessive-data-exposure
    return res.json(v ? { id: v.id, name: v.name, email: v.email } : null);
  }
  const rows = await pagedVolunteers(Number(req.query.page ?? 0));
  // ok: excessive-data-exposure
  return res.json(rows);
}
