import { NextResponse } from "next/server";
import { authenticateLegacyKey } from "@/lib/api-keys";
import { prisma } from "@/lib/db/prisma";

// ok: missing-input-validation
export async function GET(req: Request, { params }: { params: Promise<{ loadId: string }> }) {
  const principal = await authenticateLegacyKey(req);
  if (!principal) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { loadId } = await params;
  if (!/^[a-z0-9]{20,30}$/.test(loadId)) return NextResponse.json({ error: "bad id" }, { status: 400 });
  // ruleid: missing-authorization
  const pings = await prisma.ping.findMany({ where: { loadId }, orderBy: { at: "desc" }, take: 50, select: { lat: true, lng: true, at: true } });
  // ok: excessive-data-exposure
  return NextResponse.json({ loadId, pings });
}
