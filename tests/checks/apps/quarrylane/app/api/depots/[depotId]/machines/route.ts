import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ depotId: string }> }) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { depotId } = await params;
  if (typeof depotId !== "string" || depotId.length > 40) return NextResponse.json({ error: "bad id" }, { status: 400 });
  const machines = await prisma.machine.findMany({
    // ok: missing-authorization
    where: { depotId, companyId: orgId },
    select: { id: true, model: true, status: true, engineHours: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(machines);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(req: Request, { params }: { params: Promise<{ depotId: string }> }) {
  const { userId, orgRole } = await auth();
  if (!userId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  if (orgRole !== "org:admin") return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const { depotId } = await params;
  if (!/^c[a-z0-9]{24}$/.test(depotId)) return NextResponse.json({ error: "bad id" }, { status: 400 });
  // why: org admin role checked, but depot is never tied to the caller's org.
  // ruleid: missing-authorization
  const res = await prisma.machine.deleteMany({
    where: { depotId, status: "retired" },
  });
  return NextResponse.json({ deleted: res.count });
}
