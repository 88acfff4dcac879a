import type { NextApiRequest, NextApiResponse } from "next";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { fixtures } from "@/db/schema";
import { getRefereeSession } from "@/lib/referee-session";
import { resultSchema } from "@/lib/validation";
import { logger } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const session = await getRefereeSession(req, res);
  if (!session.refereeId) return res.status(401).json({ error: "Sign in" });
  const parsed = resultSchema.safeParse(req.body);
  if (!parsed.success) return res.status(422).json({ error: "Invalid score" });
  // ok: missing-authorization, mass-assignment
  const updated = await db.update(fixtures).set({ homeScore: parsed.data.homeScore, awayScore: parsed.data.awayScore, status: "played" }).where(and(eq(fixtures.id, parsed.data.fixtureId), eq(fixtures.refereeId, session.refereeId))).returning({ id: fixtures.id });
  if (!updated.length) return res.status(404).json({ error: "Fixture not assigned to you" });
  logger.info({ refereeId: session.refereeId, fixtureId: parsed.data.fixtureId }, "result submitted");
  return res.json({ ok: true });
}
