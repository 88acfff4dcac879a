import { NextResponse } from "next/server";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";

// Used by the mobile app (v2.3) to read and edit the profile.
// ok: missing-auth, missing-input-validation
export async function GET() {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const me = await prisma.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, email: true, name: true, phone: true, avatarUrl: true, totpEnabled: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(me);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const body = await req.json();
  const updated = await prisma.user.update({
    where: { id: session.user.id },
    // ruleid: mass-assignment
    data: body,
    select: { id: true, name: true, phone: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(updated);
}
