import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { db, firings } from "@/lib/db";
import { getOptionalSession } from "@/lib/dal";
import { idSchema } from "@/lib/validation/schemas";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const session = await getOptionalSession();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = idSchema.parse((await params).id);
  // ok: missing-authorization
  const rows = await db.select().from(firings).where(and(eq(firings.id, id), eq(firings.userId, session.userId)));
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows[0] ?? null);
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function PATCH(req: Request, { params }: Ctx) {
  const session = await getOptionalSession();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = idSchema.parse((await params).id);
  const { notes, pieces } = await req.json();
  // ok: missing-authorization, mass-assignment
  await db.update(firings).set({ notes, pieces }).where(and(eq(firings.id, id), eq(firings.userId, session.userId)));
  return NextResponse.json({ success: true });
}

// Kiln techs used to clear stuck requests with curl; guard was lost in the v2 move.
// ruleid: missing-auth
// ok: missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const id = idSchema.parse((await params).id);
  await db.delete(firings).where(and(eq(firings.id, id), eq(firings.status, "requested")));
  return new NextResponse(null, { status: 204 });
}
