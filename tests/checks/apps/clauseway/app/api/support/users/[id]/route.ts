import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { auth } from "@/lib/support-auth";
import { db } from "@/lib/db/drizzle";
import { users, memberships } from "@/lib/db/schema";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = z.string().min(1).max(64).parse((await params).id);
  // todook: missing-authorization
  const [u] = await db.select({ id: users.id, email: users.email, name: users.name, createdAt: users.createdAt }).from(users).where(eq(users.id, id));
  // ok: excessive-data-exposure
  return NextResponse.json(u ?? null);
}

// why: support staff deletes an end-user account: no audit log of the deletion
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  if ((session.user as { role?: string }).role !== "lead") return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const id = z.string().min(1).max(64).parse((await params).id);
  try {
    // ok: missing-authorization
    await db.delete(memberships).where(eq(memberships.userId, id));
    // ok: missing-authorization
    await db.delete(users).where(eq(users.id, id));
  } catch (e) {
    // why: raw DB error message (constraint/table names) sent to the console client
    // ruleid: information-disclosure
    return NextResponse.json({ error: (e as Error).message }, { status: 500 });
  }
  return NextResponse.json({ success: true });
}
