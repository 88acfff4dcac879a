import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { safeEqual, sha256 } from "@/lib/crypto";
import { limitByIp } from "@/lib/rate-limit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  await limitByIp("lab-download", 20);
  if (!/^[A-Za-z0-9_-]{20,80}$/.test(token)) return NextResponse.json({ error: "invalid" }, { status: 400 });
  const link = await prisma.shareLink.findUnique({ where: { tokenHash: sha256(token) }, select: { labCaseId: true, pin: true, revokedAt: true } });
  const pin = req.headers.get("x-case-pin") ?? "";
  // ok: timing-unsafe-comparison
  if (!link || link.revokedAt !== null || !safeEqual(link.pin, sha256(pin))) return NextResponse.json({ error: "invalid link" }, { status: 404 });
  const labCase = await prisma.labCase.findUnique({ where: { id: link.labCaseId }, select: { fileKey: true } });
  return NextResponse.redirect(`${process.env.FILES_CDN}/${labCase?.fileKey}`);
}
