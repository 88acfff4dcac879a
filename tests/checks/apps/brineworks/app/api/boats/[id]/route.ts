import { NextResponse } from "next/server";
import * as v from "valibot";
import { eq } from "drizzle-orm";
import { auth } from "@/auth";
import { db } from "@/db";
import { boats } from "@/db/schema";
import { ownsBoat } from "@/lib/dal";

type Ctx = { params: Promise<{ id: string }> };

// Public boat card (name, registration, home port).
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const id = v.parse(v.pipe(v.string(), v.uuid()), (await params).id);
  const boat = await db.query.boats.findFirst({ where: eq(boats.id, id), columns: { name: true, registration: true, homePort: true } });
  if (!boat) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(boat);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = v.parse(v.pipe(v.string(), v.uuid()), (await params).id);
  // ruleid: floating-auth-check
  if (!ownsBoat(session.user.id, id)) {
    return NextResponse.json({ error: "not found" }, { status: 404 });
  }
  // ruleid: missing-authorization
  await db.delete(boats).where(eq(boats.id, id));
  return new NextResponse(null, { status: 204 });
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function PUT(req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = v.parse(v.pipe(v.string(), v.uuid()), (await params).id);
  const body = v.parse(v.object({ homePort: v.pipe(v.string(), v.maxLength(40)) }), await req.json());
  // ok: floating-auth-check
  if (!(await ownsBoat(session.user.id, id))) {
    return NextResponse.json({ error: "not found" }, { status: 404 });
  }
  // ok: mass-assignment
  await db.update(boats).set({ homePort: body.homePort }).where(eq(boats.id, id));
  return NextResponse.json({ ok: true });
}
