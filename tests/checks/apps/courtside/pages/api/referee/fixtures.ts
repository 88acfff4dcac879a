import type { NextApiRequest, NextApiResponse } from "next";
import { and, eq, gte } from "drizzle-orm";
import { db } from "@/lib/db";
import { fixtures } from "@/db/schema";
import { getRefereeSession } from "@/lib/referee-session";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getRefereeSession(req, res);
  // ok: information-disclosure
  if (!session.refereeId) return res.status(401).json({ error: "Sign in" });
  // ok: missing-authorization
  const rows = await db.select({ id: fixtures.id, kickoff: fixtures.kickoff, homeTeamId: fixtures.homeTeamId, awayTeamId: fixtures.awayTeamId, venueId: fixtures.venueId }).from(fixtures).where(and(eq(fixtures.refereeId, session.refereeId), gte(fixtures.kickoff, new Date())));
  // ok: excessive-data-exposure
  return res.json(rows);
}
