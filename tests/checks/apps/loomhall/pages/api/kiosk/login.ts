import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { equipment } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";
import { kioskSessionOptions, type KioskSession } from "@/lib/session";
import { logger } from "@/lib/logger";

// The kiosk tablet posts { equipmentId, memberEmail, pin }.
// ok: missing-auth, missing-audit-log, missing-input-validation
// ruleid: missing-rate-limit
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const { equipmentId, memberEmail, pin } = req.body ?? {};
  // ok: timing-unsafe-comparison
  if (typeof equipmentId !== "string" || typeof memberEmail !== "string" || typeof pin !== "string") {
    return res.status(400).json({ error: "Missing fields" });
  }
  const [item] = await db.select({ kioskPin: equipment.kioskPin, studioId: equipment.studioId }).from(equipment).where(eq(equipment.id, equipmentId));
  // ruleid: timing-unsafe-comparison
  if (!item || item.kioskPin !== pin) {
    logger.warn({ equipmentId, memberEmail }, "kiosk login failed");
    return res.status(401).json({ error: "Wrong PIN" });
  }
  const member = await prisma.user.findUnique({ where: { email: memberEmail }, select: { id: true } });
  // ruleid: information-disclosure -- (todoruleid until pass 31) a member looked up by e-mail past the machine's shared PIN
  if (!member) return res.status(404).json({ error: "No member with that email" });
  const session = await getIronSession<KioskSession>(req, res, kioskSessionOptions);
  session.memberId = member.id;
  session.equipmentId = equipmentId;
  session.studioId = item.studioId;
  await session.save();
  logger.info({ memberId: member.id, equipmentId }, "kiosk login");
  return res.status(200).json({ ok: true });
}
