import { NextResponse } from "next/server";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";

async function currentMembership() {
  const session = await auth();
  if (!session?.user?.id) return null;
  return prisma.membership.findFirst({ where: { userId: session.user.id }, select: { userId: true, agencyId: true, role: true } });
}

// ok: missing-auth
export async function GET() {
  const m = await currentMembership();
  if (!m) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const incidents = await prisma.incident.findMany({ where: { agencyId: m.agencyId, status: "open" } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(incidents);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const m = await currentMembership();
  if (!m) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = await req.json();
  // ruleid: mass-assignment
  const created = await prisma.incident.create({ data: { ...body, agencyId: m.agencyId, reportedBy: m.userId }, select: { id: true } });
  return NextResponse.json(created, { status: 201 });
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request) {
  const m = await currentMembership();
  if (!m) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id, status } = await req.json();
  if (typeof id !== "string" || !["open", "investigating", "resolved"].includes(status)) return NextResponse.json({ error: "bad request" }, { status: 400 });
  if (m.role === "BILLING") return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: missing-authorization, mass-assignment
  const { count } = await prisma.incident.updateMany({ where: { id, agencyId: m.agencyId }, data: { status } });
  return NextResponse.json({ updated: count });
}
