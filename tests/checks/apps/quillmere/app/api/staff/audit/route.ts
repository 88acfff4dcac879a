import { NextResponse } from "next/server";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const session = await verifySession();
  if (session.role !== "staff") return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const take = Math.min(Number(new URL(req.url).searchParams.get("take") ?? 50) || 50, 200);
  const entries = await prisma.auditLog.findMany({ orderBy: { createdAt: "desc" }, take, select: { id: true, actorId: true, action: true, target: true, createdAt: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(entries);
}
