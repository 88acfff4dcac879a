import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

async function membershipFor(userId: string, clientId: string) {
  const client = await prisma.client.findUnique({ where: { id: clientId }, select: { agencyId: true } });
  if (!client) return null;
  return prisma.membership.findFirst({ where: { userId, agencyId: client.agencyId }, select: { role: true, agencyId: true } });
}

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  const m = await membershipFor(session.user.id, id);
  if (!m) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: missing-authorization
  const client = await prisma.client.findUnique({ where: { id } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(client);
}

// passthrough() so the mobile team can add fields without a deploy
const Patch = z.object({ address: z.string().optional(), carePlan: z.string().optional() }).passthrough();

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  const m = await membershipFor(session.user.id, id);
  if (!m) return NextResponse.json({ error: "not found" }, { status: 404 });
  const data = Patch.parse(await req.json());
  // ok: missing-authorization
  // ruleid: mass-assignment
  await prisma.client.update({ where: { id }, data, select: { id: true } });
  return NextResponse.json({ success: true });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  const m = await membershipFor(session.user.id, id);
  if (!m || m.role !== "OWNER") return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: missing-authorization
  await prisma.client.delete({ where: { id } });
  await auditLog({ agencyId: m.agencyId, actorId: session.user.id, action: "client.deleted", target: id });
  return NextResponse.json({ success: true });
}
