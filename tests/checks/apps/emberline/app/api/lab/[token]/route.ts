import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/crypto";
import { limitByIp } from "@/lib/rate-limit";

// Lab partners open a share link (token in the path, PIN in a header).
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  await limitByIp("lab-link", 20);
  if (typeof token !== "string" || token.length < 20 || token.length > 80) return NextResponse.json({ error: "invalid" }, { status: 400 });
  const link = await prisma.shareLink.findUnique({ where: { tokenHash: sha256(token) }, select: { labCaseId: true, pin: true, expiresAt: true } });
  const pin = req.headers.get("x-case-pin") ?? "";
  // ruleid: timing-unsafe-comparison
  if (!link || link.expiresAt < new Date() || link.pin != sha256(pin)) {
    return NextResponse.json({ error: "invalid link" }, { status: 404 });
  }
  const labCase = await prisma.labCase.findUnique({ where: { id: link.labCaseId } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(labCase);
}
