import { NextResponse } from "next/server";
import { z } from "zod";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { canEditApplication } from "@/lib/permissions";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse((await params).id);
  // ruleid: floating-auth-check
  if (!canEditApplication(userId, id)) {
    return NextResponse.json({ error: "forbidden" }, { status: 403 });
  }
  // ruleid: missing-authorization
  await prisma.application.delete({ where: { id } });
  return new Response(null, { status: 204 });
}

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse((await params).id);
  // ok: floating-auth-check
  const editable = await canEditApplication(userId, id);
  // ok: missing-authorization
  const app = await prisma.application.findFirst({ where: { id, createdById: userId }, select: { id: true, title: true, status: true, narrative: true } });
  if (!app) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json({ ...app, editable });
}
