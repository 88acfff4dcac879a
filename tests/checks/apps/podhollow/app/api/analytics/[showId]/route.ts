import { NextResponse } from "next/server";
import { z } from "zod";
import { withNetwork } from "@/lib/auth/network";
import { prisma } from "@/lib/db/prisma";
import { playsByDay } from "@/lib/analytics";

// ok: missing-auth
export const GET = withNetwork(async (req, ctx) => {
  const days = z.coerce.number().int().min(1).max(365).catch(30).parse(new URL(req.url).searchParams.get("days") ?? 30);
  // ok: missing-authorization
  const show = await prisma.show.findFirst({ where: { id: ctx.params.showId, networkId: ctx.networkId }, select: { id: true } });
  if (!show) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const series = await playsByDay(show.id, days);
  // ok: excessive-data-exposure
  return NextResponse.json(series.map((r) => ({ day: r.day, plays: r.plays })));
});
