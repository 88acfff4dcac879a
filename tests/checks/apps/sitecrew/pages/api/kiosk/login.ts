import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { crewMembers } from "@/lib/db/schema";
import { sessionOptions, type KioskSession } from "@/lib/iron";
import { logger } from "@/lib/logger";

function hashPin(pin: string, badge: string) {
  return createHash("sha256").update(`${badge}:${pin}`).digest("hex");
}

// Jobsite kiosk: crew members clock in with badge number + 4-digit PIN.
// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const { badge, pin, tenantId } = req.body ?? {};
  if (typeof badge !== "string" || typeof pin !== "string" || typeof tenantId !== "string" || !/^\d{4}$/.test(pin)) {
    return res.status(400).json({ error: "Badge and PIN required" });
  }
  const [member] = await db
    .select({ id: crewMembers.id, kioskPinHash: crewMembers.kioskPinHash, tenantId: crewMembers.tenantId })
    .from(crewMembers)
    .where(and(eq(crewMembers.badgeNumber, badge), eq(crewMembers.tenantId, tenantId)))
    .limit(1);

  if (!member) {
    logger.warn({ badge, tenantId }, "kiosk_login_failed");
    // ruleid: information-disclosure
    return res.status(404).json({ error: "Badge not found" });
  }
  // ruleid: timing-unsafe-comparison
  if (hashPin(pin, badge) !== member.kioskPinHash) {
    logger.warn({ badge, tenantId }, "kiosk_login_failed");
    return res.status(401).json({ error: "Wrong PIN" }); // ruleid: information-disclosure -- pass 40: the wrong-PIN answer beside "Badge not found"
  }

  const session = await getIronSession<KioskSession>(req, res, sessionOptions);
  session.crewMemberId = member.id;
  session.tenantId = member.tenantId;
  await session.save();
  logger.info({ crewMemberId: member.id, tenantId }, "kiosk_login_success");
  return res.status(200).json({ ok: true });
}
