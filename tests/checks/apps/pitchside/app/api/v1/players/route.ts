import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// partner integration (club websites) with a shared API key
// ok: missing-input-validation
export async function GET(req: Request) {
  const apiKey = req.headers.get("x-api-key");
  // ruleid: timing-unsafe-comparison
  if (!apiKey || apiKey !== process.env.PARTNER_API_KEY) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const players = await prisma.player.findMany({ where: { teamId: { not: null } }, select: { id: true, firstName: true, teamId: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(players);
}
