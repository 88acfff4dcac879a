import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { canManageField } from "@/lib/permissions";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ fieldId: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { fieldId } = await params;
  const id = z.string().cuid().parse(fieldId);
  // ruleid: floating-auth-check
  if (!canManageField(session.user.id, id)) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ruleid: missing-authorization
  const field = await prisma.field.findUnique({ where: { id }, select: { name: true, boundary: true, crop: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(field);
}

const polygon = z.object({ type: z.literal("Polygon"), coordinates: z.array(z.array(z.tuple([z.number(), z.number()]))) });

// ok: missing-auth, missing-input-validation
export async function PUT(req: Request, { params }: { params: Promise<{ fieldId: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { fieldId } = await params;
  const id = z.string().cuid().parse(fieldId);
  // ok: floating-auth-check
  if (!(await canManageField(session.user.id, id))) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const boundary = polygon.parse(await req.json());
  // ok: missing-authorization
  await prisma.field.update({ where: { id }, data: { boundary } });
  return NextResponse.json({ ok: true });
}
