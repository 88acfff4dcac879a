import { auth } from "@clerk/nextjs/server";
import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

type Ctx = { params: Promise<{ id: string }> };

// Internal support tooling signs in through the Clerk "staff" instance.

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { sessionClaims } = await auth.protect();
  if (sessionClaims?.metadata?.role !== "staff") return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const id = z.string().cuid().parse((await params).id);
  const user = await prisma.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, banned: true, twoFactorEnabled: true, createdAt: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ user });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  const { userId, sessionClaims } = await auth.protect();
  if (sessionClaims?.metadata?.role !== "staff") return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const id = z.string().cuid().parse((await params).id);
  await prisma.user.delete({ where: { id } });
  await auditLog({ actorId: userId, action: "admin.user_deleted", target: id });
  return new NextResponse(null, { status: 204 });
}

// ruleid: missing-audit-log
export async function PATCH(req: Request, { params }: Ctx) {
  const { sessionClaims } = await auth.protect();
  if (sessionClaims?.metadata?.role !== "staff") return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const id = z.string().cuid().parse((await params).id);
  const { platformRole } = z.object({ platformRole: z.enum(["user", "support"]) }).parse(await req.json());
  await prisma.user.update({
    where: { id },
    // todoruleid: mass-assignment
    data: { platformRole },
  });
  return NextResponse.json({ ok: true });
}
