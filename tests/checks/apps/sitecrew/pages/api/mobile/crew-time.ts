import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { desc, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { crewTime } from "@/lib/db/schema";
import { sessionOptions, type KioskSession } from "@/lib/iron";

// "My hours" screen of the crew app.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<KioskSession>(req, res, sessionOptions);
  if (!session.crewMemberId) return res.status(401).json({ error: "Not signed in" });
  if (req.method !== "GET") return res.status(405).end();
  // ok: missing-authorization
  const entries = await db.select().from(crewTime).where(eq(crewTime.crewMemberId, session.crewMemberId)).orderBy(desc(crewTime.clockIn)).limit(50);
  // ruleid: excessive-data-exposure
  return res.status(200).json(entries);
}
