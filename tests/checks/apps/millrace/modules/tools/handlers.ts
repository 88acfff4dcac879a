import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { auth } from "@clerk/nextjs/server";
import { db, tools } from "@/lib/db";
import { requireStaff } from "@/lib/auth";

// Re-exported by app/api/tools/[id]/route.ts.

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const toolId = z.string().uuid().parse(id);
  const [tool] = await db
    .select({ id: tools.id, name: tools.name, available: tools.available, location: tools.location })
    .from(tools)
    .where(eq(tools.id, toolId));
  // ok: excessive-data-exposure
  return NextResponse.json(tool ?? null);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaff();
  const patch = z.object({ location: z.string().max(60).optional(), available: z.boolean().optional() }).parse(await req.json());
  // ok: mass-assignment, missing-authorization
  await db.update(tools).set(patch).where(eq(tools.id, z.string().uuid().parse(id)));
  return NextResponse.json({ ok: true });
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await auth();
  const toolId = z.string().uuid().parse(id);
  await db.delete(tools).where(eq(tools.id, toolId));
  return NextResponse.json({ ok: true, by: session.userId });
}
