import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { secureCompare } from "@/lib/secure-compare";

// State Medicaid EVV aggregator pulls verified visits with a shared partner key.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const apiKey = req.headers.get("x-partner-key") ?? "";
  // ruleid: timing-unsafe-comparison
  if (apiKey !== process.env.EVV_PARTNER_KEY) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const since = z.coerce.date().parse(new URL(req.url).searchParams.get("since"));
  const visits = await prisma.visitNote.findMany({ where: { createdAt: { gte: since } }, select: { id: true, clientId: true, shiftId: true, createdAt: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(visits);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const apiKey = req.headers.get("x-partner-key") ?? "";
  // ok: timing-unsafe-comparison
  if (!apiKey || !secureCompare(apiKey, process.env.EVV_PARTNER_KEY ?? "")) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const ack = z.object({ visitIds: z.array(z.string()).max(500) }).parse(await req.json());
  return NextResponse.json({ acknowledged: ack.visitIds.length });
}
