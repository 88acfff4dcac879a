import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { z } from "zod";
import { auth } from "@/lib/better-auth";
import { prisma } from "@/lib/db/prisma";

async function opsSession() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session || (session.user as { role?: string }).role !== "admin") return null;
  return session;
}

// Ops dashboard user search.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const session = await opsSession();
  if (!session) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const q = z.string().max(100).parse(new URL(req.url).searchParams.get("q") ?? "");
  const users = await prisma.user.findMany({ where: { email: { contains: q } }, take: 100 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(users);
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function DELETE(req: Request) {
  const session = await opsSession();
  if (!session) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const { userId } = z.object({ userId: z.string().cuid() }).parse(await req.json());
  await prisma.membership.deleteMany({ where: { userId } });
  await prisma.user.delete({ where: { id: userId } });
  // ok: excessive-data-exposure
  return NextResponse.json({ deleted: userId });
}
