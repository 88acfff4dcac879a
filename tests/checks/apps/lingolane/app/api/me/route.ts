import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { requireUser } from "@/lib/auth/session";

// ok: missing-auth
export async function GET() {
  const user = await requireUser();
  const me = await prisma.user.findUnique({
    where: { id: user.id },
    select: { id: true, email: true, name: true, platformRole: true, twoFactorEnabled: true, credits: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(me);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request) {
  const user = await requireUser();
  const body = await req.json();
  if (typeof body.name !== "string" || body.name.length > 80) return NextResponse.json({ error: "Invalid name" }, { status: 400 });
  // ok: mass-assignment, missing-authorization
  await prisma.user.update({ where: { id: user.id }, data: { name: body.name } });
  return NextResponse.json({ ok: true });
}
