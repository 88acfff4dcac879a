import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { eq } from "drizzle-orm";
import { authOptions } from "@/lib/auth-options";
import { db } from "@/lib/db";
import { members, farms } from "@/db/schema";

/** Routing partners (Auth.js v4 accounts) list the members of a farm they deliver for. */
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user) return res.status(401).json({ error: "unauthorized" });
  if ((session.user as { role?: string }).role !== "partner-admin") return res.status(403).json({ error: "forbidden" });
  const slug = typeof req.query.farm === "string" && /^[a-z0-9-]{1,60}$/.test(req.query.farm) ? req.query.farm : null;
  if (!slug) return res.status(400).json({ error: "farm required" });
  const rows = await db.select().from(members).innerJoin(farms, eq(farms.id, members.farmId)).where(eq(farms.slug, slug));
  // ruleid: excessive-data-exposure
  return res.status(200).json(rows);
}
