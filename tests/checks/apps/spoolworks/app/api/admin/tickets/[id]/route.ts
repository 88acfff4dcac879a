import { NextResponse } from "next/server";
import { getServerSession } from "next-auth";
import { z } from "zod";
import { authOptions } from "@/lib/auth/options";
import { prisma } from "@/lib/db/prisma";

// why: session is read but never checked before the private ticket (with internal notes) is returned
// ruleid: missing-auth
// ok: missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await getServerSession(authOptions);
  const id = z.string().uuid().parse((await params).id);
  const ticket = await prisma.supportTicket.findUnique({ where: { id }, select: { id: true, subject: true, body: true, internalNotes: true, status: true } });
  // ok: excessive-data-exposure
  return NextResponse.json({ ticket, viewer: session?.user?.email ?? null });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await getServerSession(authOptions);
  if (!session?.user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  if ((session.user as { role?: string }).role === "finance") return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const id = z.string().uuid().parse((await params).id);
  const { status } = z.object({ status: z.enum(["open", "in_progress", "closed"]) }).parse(await req.json());
  // ok: missing-authorization
  await prisma.supportTicket.update({ where: { id }, data: { status } });
  return NextResponse.json({ ok: true });
}
