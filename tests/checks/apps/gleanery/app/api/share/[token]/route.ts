import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { donationTotals } from "@/lib/data/reports";
import { checkRateLimit, clientIp } from "@/lib/ratelimit";

// Board members open shared impact reports with a link + 4-digit PIN
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function GET(req: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  const rl = await checkRateLimit(`share:${await clientIp()}`);
  if (!rl.success) return NextResponse.json({ error: "slow down" }, { status: 429 });
  const { token } = await params;
  const pin = req.nextUrl.searchParams.get("pin");
  if (typeof token !== "string" || token.length !== 32 || !pin || !/^\d{4}$/.test(pin)) return NextResponse.json({ error: "not found" }, { status: 404 });
  const link = await prisma.shareLink.findUnique({ where: { token }, select: { pin: true, pantryId: true, expiresAt: true } });
  if (!link || link.expiresAt < new Date()) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ruleid: timing-unsafe-comparison
  if (link.pin !== pin) return NextResponse.json({ error: "not found" }, { status: 404 });
  const totals = await donationTotals(link.pantryId, "month");
  // ok: excessive-data-exposure
  return NextResponse.json({ totals });
}
