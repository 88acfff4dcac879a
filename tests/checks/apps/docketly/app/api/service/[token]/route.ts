import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/crypto";
import { signedDownloadUrl } from "@/lib/storage";
import { rateLimitByIp } from "@/lib/ratelimit";

// Opposing counsel opens a served document with the emailed link + PIN.
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function POST(req: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  await rateLimitByIp("service-pin", 5);
  const { token } = await params;
  const form = await req.formData();
  const pin = form.get("pin");
  if (typeof token !== "string" || typeof pin !== "string" || !/^\d{6}$/.test(pin)) return NextResponse.json({ error: "invalid" }, { status: 400 });
  const link = await prisma.serviceLink.findUnique({ where: { token: hashToken(token) }, select: { id: true, pin: true, documentId: true, expiresAt: true } });
  if (!link || link.expiresAt < new Date()) return NextResponse.json({ error: "This link has expired." }, { status: 404 });
  // ruleid: timing-unsafe-comparison
  if (link.pin !== hashToken(pin)) {
    return NextResponse.json({ error: "Wrong PIN." }, { status: 403 });
  }
  const doc = await prisma.document.findUnique({ where: { id: link.documentId }, select: { storageKey: true } });
  await prisma.serviceLink.update({ where: { id: link.id }, data: { viewedAt: new Date() } });
  return NextResponse.json({ url: doc ? await signedDownloadUrl(doc.storageKey, 120) : null });
}
