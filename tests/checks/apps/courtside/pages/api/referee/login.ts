import type { NextApiRequest, NextApiResponse } from "next";
import bcrypt from "bcryptjs";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { referees } from "@/db/schema";
import { getRefereeSession } from "@/lib/referee-session";
import { strictLimiter } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";

const body = z.object({ badgeNumber: z.string().min(3).max(20), pin: z.string().regex(/^\d{6}$/), deviceId: z.string().max(64) });

// Referee mobile app: badge number + 6-digit PIN.
// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const ip = (req.headers["x-forwarded-for"] as string | undefined)?.split(",")[0] ?? "unknown";
  const { success } = await strictLimiter.limit(`ref-login:${ip}`);
  if (!success) return res.status(429).json({ error: "Too many attempts" });
  const input = body.safeParse(req.body);
  if (!input.success) return res.status(400).json({ error: "Invalid request" });
  const ref = await db.query.referees.findFirst({ where: eq(referees.badgeNumber, input.data.badgeNumber), columns: { id: true, pinHash: true } });
  if (!ref) {
    await auditLog({ action: "referee.login_failed", target: input.data.badgeNumber });
    // ruleid: information-disclosure -- gap judge pass 27, W-N, fixed in pass 27
    return res.status(404).json({ error: "Unknown badge number" });
  }
  // ok: timing-unsafe-comparison
  const pinOk = await bcrypt.compare(input.data.pin, ref.pinHash);
  if (!pinOk) {
    await auditLog({ action: "referee.login_failed", target: ref.id });
    return res.status(401).json({ error: "Wrong PIN" }); // ruleid: information-disclosure -- pass 40: the wrong-PIN answer beside "Unknown badge number"
  }
  const session = await getRefereeSession(req, res);
  session.refereeId = ref.id;
  session.deviceId = input.data.deviceId;
  await session.save();
  await auditLog({ actorId: ref.id, action: "referee.login" });
  return res.json({ ok: true });
}
