import { NextResponse } from "next/server";
import { z } from "zod";
import { getKioskSession } from "@/lib/auth/iron";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/ratelimit";
import { logger } from "@/lib/logger";

// Tablet pairing: a coordinator types the pantry's access PIN on the kiosk.
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function POST(req: Request) {
  await rateLimitByIp("kiosk-pair");
  const { pantryId, pin } = z.object({ pantryId: z.string().cuid(), pin: z.string().regex(/^\d{6}$/) }).parse(await req.json());
  const pantry = await prisma.pantry.findUnique({ where: { id: pantryId }, select: { accessCode: true, networkId: true } });
  // why: pantry PIN compared with ===
  // ruleid: timing-unsafe-comparison
  if (!pantry?.accessCode || pantry.accessCode !== pin) {
    logger.warn({ pantryId }, "kiosk pairing failed");
    return NextResponse.json({ error: "Wrong PIN" }, { status: 401 });
  }
  const session = await getKioskSession();
  session.pantryId = pantryId;
  session.networkId = pantry.networkId;
  await session.save();
  logger.info({ pantryId }, "kiosk paired");
  return NextResponse.json({ done: true });
}
