import { NextResponse, type NextRequest } from "next/server";
import * as v from "valibot";
import { and, eq } from "drizzle-orm";
import { auth } from "@/auth";
import { db } from "@/db";
import { boats, catches } from "@/db/schema";

// ok: missing-auth
export async function GET(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  // ruleid: missing-authorization -- fixed in pass 41 (C): a drizzle table the code holds to the caller, read by a client id
  const [row] = await db.select().from(catches).where(eq(catches.id, id));
  if (!row) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(row);
}

// ok: missing-auth
export async function PUT(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  const body = await req.json();
  const parsed = v.safeParse(v.object({ notes: v.pipe(v.string(), v.maxLength(500)) }), body);
  if (!parsed.success) return NextResponse.json({ error: "invalid" }, { status: 400 });
  const [own] = await db
    .select({ id: catches.id })
    .from(catches)
    .innerJoin(boats, eq(boats.id, catches.boatId))
    .where(and(eq(catches.id, id), eq(boats.ownerId, session.user.id)));
  if (!own) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: missing-authorization, mass-assignment
  await db.update(catches).set({ notes: parsed.output.notes }).where(eq(catches.id, own.id));
  return NextResponse.json({ ok: true });
}

// ruleid: missing-input-validation
export async function PATCH(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  const body = await req.json();
  // ruleid: mass-assignment, missing-authorization
  await db.update(catches).set(body).where(eq(catches.id, id));
  return NextResponse.json({ ok: true });
}
