import { NextResponse } from "next/server";
import * as v from "valibot";
import { eq } from "drizzle-orm";
import { auth } from "@/auth";
import { db } from "@/db";
import { users } from "@/db/schema";

// Used by the mobile floor app on start-up.
// ok: missing-auth, missing-authorization
export async function GET() {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const me = await db.query.users.findFirst({ where: eq(users.id, session.user.id) });
  // ruleid: excessive-data-exposure
  return NextResponse.json(me);
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function PATCH(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = v.safeParse(v.object({ name: v.pipe(v.string(), v.minLength(1), v.maxLength(80)) }), await req.json());
  if (!body.success) return NextResponse.json({ error: "invalid" }, { status: 400 });
  // ok: mass-assignment
  await db.update(users).set({ name: body.output.name }).where(eq(users.id, session.user.id));
  const me = await db.query.users.findFirst({ where: eq(users.id, session.user.id), columns: { id: true, name: true, email: true, role: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(me);
}

// ruleid: missing-audit-log
export async function DELETE() {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  // ok: missing-authorization
  await db.delete(users).where(eq(users.id, session.user.id));
  return new NextResponse(null, { status: 204 });
}
