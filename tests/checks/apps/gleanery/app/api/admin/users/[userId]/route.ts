import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { requireNetworkAdmin } from "@/lib/auth/clerk-admin";
import { auditLog } from "@/lib/audit";

type Ctx = { params: Promise<{ userId: string }> };

// Admin "edit user" drawer
// ok: missing-auth
// ruleid: missing-input-validation, missing-audit-log
export async function PATCH(req: Request, { params }: Ctx) {
  await requireNetworkAdmin();
  const { userId } = await params;
  const body = await req.json();
  // ok: missing-authorization
  // ruleid: mass-assignment
  const user = await prisma.user.update({ where: { id: userId }, data: body, select: { id: true, role: true } });
  return NextResponse.json(user);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  const { userId: adminId, orgRole } = await auth();
  if (!adminId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  if (orgRole !== "org:network_admin") return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const { userId } = await params;
  if (typeof userId !== "string" || userId.length > 40) return NextResponse.json({ error: "bad id" }, { status: 400 });
  // ok: missing-authorization
  await prisma.user.delete({ where: { id: userId } });
  await auditLog({ actorId: adminId, action: "user.deleted", target: userId });
  return new NextResponse(null, { status: 204 });
}
