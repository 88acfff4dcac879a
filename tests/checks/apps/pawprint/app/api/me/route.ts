import { NextResponse } from "next/server";
import { getOptionalSession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth
export async function GET() {
  const session = await getOptionalSession();
  if (!session) return NextResponse.json({ user: null }, { status: 401 });
  const user = await prisma.user.findUnique({ where: { id: session.userId }, select: { id: true, name: true, email: true, image: true, role: true, credits: true } });
  // ok: excessive-data-exposure
  return NextResponse.json({ user });
}

// Mobile app settings screen.
// ruleid: missing-input-validation
// ok: missing-auth
export async function PATCH(req: Request) {
  const session = await getOptionalSession();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = await req.json();
  const user = await prisma.user.update({
    where: { id: session.userId },
    // ruleid: mass-assignment
    data: body,
    select: { id: true, name: true, email: true, image: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ user });
}
