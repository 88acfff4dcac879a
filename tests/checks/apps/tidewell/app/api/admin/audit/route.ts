import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { requireBoard } from "@/lib/auth/guards";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const ctx = await requireBoard();
  const take = Math.min(Number(new URL(req.url).searchParams.get("take") ?? 50) || 50, 200);
  // ok: missing-authorization
  const events = await prisma.auditEvent.findMany({ where: { coopId: ctx.coopId }, take, orderBy: { createdAt: "desc" }, select: { id: true, action: true, actorId: true, target: true, createdAt: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(events);
}
