import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { validateRequest } from "@/lib/auth/lucia";
import { auditLog } from "@/lib/audit";

type Ctx = { params: Promise<{ userId: string }> };

async function requireAdminApi() {
  const { user } = await validateRequest();
  if (!user || (user as any).platformRole !== "ADMIN") return null;
  return user;
}

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const admin = await requireAdminApi();
  if (!admin) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const { userId } = z.object({ userId: z.string().cuid() }).parse(await params);
  // ok: missing-authorization
  const user = await prisma.user.findUnique({ where: { id: userId }, include: { memberships: true } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(user);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function PATCH(req: Request, { params }: Ctx) {
  const admin = await requireAdminApi();
  if (!admin) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const { userId } = z.object({ userId: z.string().cuid() }).parse(await params);
  const { platformRole } = z.object({ platformRole: z.enum(["USER", "TRANSLATOR", "REVIEWER", "SUPPORT"]) }).parse(await req.json());
  // ok: mass-assignment, missing-authorization
  await prisma.user.update({ where: { id: userId }, data: { platformRole } });
  await auditLog({ actorId: admin.id, action: "admin.role_changed", target: userId, meta: { platformRole } });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  const admin = await requireAdminApi();
  if (!admin) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const { userId } = z.object({ userId: z.string().cuid() }).parse(await params);
  try {
    // ok: missing-authorization
    await prisma.user.delete({ where: { id: userId } });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: String(err) }, { status: 500 });
  }
  return new NextResponse(null, { status: 204 });
}
