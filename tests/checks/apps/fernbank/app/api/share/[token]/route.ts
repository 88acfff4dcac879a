import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { listGardenPlots } from "@/lib/dal/plots";

/** Read-only plot map shared with the city parks office: link token + 4-digit PIN. */
// ok: missing-input-validation // ruleid: missing-rate-limit
export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const pin = new URL(req.url).searchParams.get("pin") ?? "";
  if (!/^[a-f0-9]{32}$/.test(token) || !/^\d{4}$/.test(pin)) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const link = await prisma.shareLink.findUnique({ where: { token }, select: { gardenId: true, pin: true, expiresAt: true } });
  // ruleid: timing-unsafe-comparison
  if (!link || link.expiresAt < new Date() || link.pin !== pin) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const plots = await listGardenPlots(link.gardenId);
  // ok: excessive-data-exposure
  return NextResponse.json({ plots });
}
