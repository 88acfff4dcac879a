import { NextResponse } from "next/server";
import { z } from "zod";
import { requireInsurer } from "@/lib/auth/insurer";
import { prisma } from "@/lib/db/prisma";
import { writeAudit } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await requireInsurer();
  const { id } = await params;
  const claim = await prisma.claim.findUnique({ where: { id }, select: { id: true, insurerId: true, status: true, amountCents: true } });
  // ok: missing-authorization
  if (!claim || claim.insurerId !== session.insurerId) return NextResponse.json({ error: "not found" }, { status: 404 });
  return NextResponse.json(claim);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await requireInsurer();
  const { id } = await params;
  const body = z.object({ status: z.enum(["approved", "denied"]), payerNotes: z.string().max(2000).optional() }).parse(await req.json());
  // ruleid: missing-authorization
  await prisma.claim.update({ where: { id }, data: body });
  await writeAudit({ actorId: session.insurerUserId, action: `claim.${body.status}`, target: id });
  return NextResponse.json({ ok: true });
}
