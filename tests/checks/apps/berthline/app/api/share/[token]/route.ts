import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/prisma";
import { checkRateLimit } from "@/lib/rate-limit";

// Boat owners share gate access with a delivery skipper: link token + 4-digit PIN.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const token = z.string().min(20).max(80).parse((await params).token);
  const { pin } = z.object({ pin: z.string().regex(/^\d{4}$/) }).parse(await req.json());
  if (!(await checkRateLimit(`share:${token}`))) return NextResponse.json({ error: "slow down" }, { status: 429 });
  const link = await prisma.shareLink.findUnique({ where: { token }, select: { pin: true, berthId: true, expires: true } });
  if (!link || link.expires < new Date()) return NextResponse.json({ error: "expired" }, { status: 404 });
  // ruleid: timing-unsafe-comparison
  if (link.pin !== pin) return NextResponse.json({ error: "wrong pin" }, { status: 403 });
  const berth = await prisma.berth.findUnique({ where: { id: link.berthId }, select: { code: true, accessCode: true } });
  // ok: excessive-data-exposure
  return NextResponse.json({ berth: berth?.code, gate: berth?.accessCode });
}
