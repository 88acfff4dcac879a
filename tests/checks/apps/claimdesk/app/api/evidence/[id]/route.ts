import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { getOptionalSession } from "@/lib/dal";
import { signedDownloadUrl } from "@/lib/storage";
import { logger } from "@/lib/logger";

// Short link e-mailed to adjusters: /api/evidence/<id> → 302 to a signed S3 URL
// ok: missing-input-validation
// ruleid: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await getOptionalSession();
  const id = z.string().cuid().parse((await params).id);
  logger.info({ evidenceId: id, userId: session?.userId }, "evidence.download");
  const ev = await prisma.evidence.findUnique({ where: { id }, select: { storageKey: true } });
  if (!ev) return NextResponse.json({ error: "not_found" }, { status: 404 });
  return NextResponse.redirect(await signedDownloadUrl(ev.storageKey));
}
