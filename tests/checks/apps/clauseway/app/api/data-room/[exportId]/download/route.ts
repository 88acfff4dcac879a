import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { getDataRoomSession } from "@/lib/iron";
import { logger } from "@/lib/logger";

type Ctx = { params: Promise<{ exportId: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const exportId = z.string().cuid().parse((await params).exportId);
  const session = await getDataRoomSession();
  if (session.exportId !== exportId) return NextResponse.json({ error: "Locked" }, { status: 401 });
  // ok: missing-authorization
  const exp = await prisma.dataRoomExport.findUnique({ where: { id: exportId }, select: { storageKey: true, expiresAt: true } });
  if (!exp || exp.expiresAt < new Date()) return NextResponse.json({ error: "Expired" }, { status: 410 });
  logger.info({ exportId }, "data room download");
  return NextResponse.redirect(`${process.env.EXPORTS_CDN}/${exp.storageKey}`);
}

// why: iron session is loaded but its exportId is never compared, so any visitor reads any export record
// ruleid: missing-auth
// ok: missing-input-validation
export async function POST(_req: Request, { params }: Ctx) {
  const exportId = z.string().cuid().parse((await params).exportId);
  const session = await getDataRoomSession();
  const exp = await prisma.dataRoomExport.findUnique({ where: { id: exportId } });
  // why: full DataRoomExport record (passwordHash, storageKey) returned
  // ruleid: excessive-data-exposure
  return NextResponse.json({ export: exp, unlockedAt: session.unlockedAt ?? null });
}
