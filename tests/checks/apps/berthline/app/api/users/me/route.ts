import { NextResponse } from "next/server";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";
import { ProfileSchema } from "@/lib/schemas";
import { auditLog } from "@/lib/audit";

// ok: missing-auth
export async function GET() {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  // ok: missing-authorization
  const me = await prisma.user.findUnique({ where: { id: session.user.id } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(me);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const parsed = ProfileSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "invalid" }, { status: 400 });
  // ok: missing-authorization, mass-assignment
  const me = await prisma.user.update({ where: { id: session.user.id }, data: parsed.data, select: { id: true, name: true, phone: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(me);
}

// ok: missing-auth, missing-audit-log
export async function DELETE() {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  await auditLog({ actorId: session.user.id, action: "account.delete.api" });
  // ok: missing-authorization
  await prisma.user.delete({ where: { id: session.user.id } });
  return new NextResponse(null, { status: 204 });
}
