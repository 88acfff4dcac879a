import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db, members, checkins } from "@/lib/db";
import { verifyKiosk } from "@/lib/kiosk";
import { pinSchema } from "@/lib/validators";
import { pinLimiter } from "@/lib/ratelimit";
import { hashSecret } from "@/lib/secure-compare";
import { logger } from "@/lib/logger";
import { z } from "zod";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function POST(req: Request) {
  if (!(await verifyKiosk(req))) return NextResponse.json({ error: "Unknown device" }, { status: 401 });
  const body = pinSchema.extend({ cardId: z.string().uuid() }).safeParse(await req.json());
  if (!body.success) return NextResponse.json({ error: "Bad request" }, { status: 400 });
  const { success } = await pinLimiter.limit(body.data.cardId);
  if (!success) return NextResponse.json({ error: "Locked" }, { status: 429 });
  // ok: timing-unsafe-comparison
  const [m] = await db
    .select({ id: members.id, displayName: members.displayName })
    .from(members)
    .where(eq(members.kioskPinHash, hashSecret(body.data.pin)));
  if (!m || m.id !== body.data.cardId) {
    logger.warn("kiosk login failed", { cardId: body.data.cardId });
    // ok: information-disclosure
    return NextResponse.json({ error: "Card or PIN not recognised" }, { status: 401 });
  }
  await db.insert(checkins).values({ memberId: m.id });
  logger.info("kiosk login", { memberId: m.id });
  return NextResponse.json({ welcome: m.displayName });
}
