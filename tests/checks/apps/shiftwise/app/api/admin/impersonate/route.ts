import { NextResponse } from "next/server";
import { cookies } from "next/headers";
import { auth } from "@/auth";
import { prisma } from "@/lib/db";

// ok: missing-auth
// ruleid: missing-audit-log
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const session = await auth();
  const me = (session?.user as any)?.id;
  if (!me) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const admin = await prisma.user.findUnique({ where: { id: me }, select: { isPlatformAdmin: true } });
  if (!admin?.isPlatformAdmin) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const { userId } = await req.json();
  const target = await prisma.user.findUnique({ where: { id: userId }, select: { id: true } });
  // ok: information-disclosure -- (pass 40 policy) a 404 for an opaque user id: no enumeration oracle
  if (!target) return NextResponse.json({ error: "User not found" }, { status: 404 });
  (await cookies()).set("sw_impersonate", target.id, { httpOnly: true, secure: true, maxAge: 1800 });
  return NextResponse.json({ ok: true });
}
