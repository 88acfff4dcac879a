import { NextResponse } from "next/server";
import { cookies } from "next/headers";
import { z } from "zod";
import { auth } from "@/lib/auth/authjs";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

async function requireAdminApi() {
  const session = await auth();
  if (!session?.user?.id) return null;
  const u = await prisma.user.findUnique({ where: { id: session.user.id }, select: { id: true, isSuperAdmin: true } });
  return u?.isSuperAdmin ? u : null;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const admin = await requireAdminApi();
  if (!admin) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const { userId } = z.object({ userId: z.string().cuid() }).parse(await req.json());
  (await cookies()).set("cc_impersonate", userId, { httpOnly: true, secure: true, maxAge: 3600 });
  await auditLog({ actorId: admin.id, action: "impersonation_started", target: userId });
  return NextResponse.json({ impersonating: userId });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function DELETE(req: Request) {
  const admin = await requireAdminApi();
  if (!admin) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const { userId } = z.object({ userId: z.string().cuid() }).parse(await req.json());
  // ok: missing-authorization
  await prisma.user.delete({ where: { id: userId } });
  return NextResponse.json({ deleted: true });
}

// ok: missing-auth
export async function GET() {
  const admin = await requireAdminApi();
  if (!admin) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const impersonating = (await cookies()).get("cc_impersonate")?.value ?? null;
  return NextResponse.json({ impersonating });
}
