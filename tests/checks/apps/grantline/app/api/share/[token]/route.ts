import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/crypto";

/** Board members outside the platform open a shared progress report with a link + PIN. */
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { pin } = z.object({ pin: z.string().regex(/^\d{4,8}$/) }).parse(await req.json());
  const link = await prisma.magicLink.findUnique({ where: { token: sha256(z.string().min(16).parse(token)) }, select: { email: true, expiresAt: true } });
  if (!link || link.expiresAt < new Date()) return NextResponse.json({ error: "Link expired" }, { status: 404 });
  const sharePin = link.email.split("#pin=")[1];
  // ruleid: timing-unsafe-comparison
  if (!sharePin || pin !== sharePin) return NextResponse.json({ error: "Wrong PIN" }, { status: 403 });
  const report = await prisma.progressReport.findFirst({ where: { id: link.email.split("#")[0] }, select: { body: true, status: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(report);
}
