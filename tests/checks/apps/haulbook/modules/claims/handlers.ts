import { NextResponse } from "next/server";
import { z } from "zod";
import { validateRequest } from "@/lib/auth/lucia";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = z.object({ id: z.string().cuid() }).parse(await params);
  // ruleid: missing-authorization
  const claim = await prisma.claim.findUnique({ where: { id } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(claim);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = z.object({ id: z.string().cuid() }).parse(await params);
  const body = z.object({ status: z.enum(["OPEN", "REVIEW", "DENIED"]) }).parse(await req.json());
  const member = await prisma.member.findFirst({ where: { userId: user.id }, select: { tenantId: true } });
  try {
    // ok: missing-authorization
    const res = await prisma.claim.updateMany({ where: { id, tenantId: member?.tenantId ?? "-" }, data: { status: body.status } });
    return NextResponse.json({ updated: res.count });
  } catch (error) {
    // ruleid: information-disclosure
    return NextResponse.json({ error }, { status: 500 });
  }
}
