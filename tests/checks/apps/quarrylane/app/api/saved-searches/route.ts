import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { nanoid } from "nanoid";
import * as v from "valibot";
import { auth } from "@clerk/nextjs/server";
import { db, schema } from "@/lib/db/drizzle";

// ok: missing-auth
export async function GET() {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const rows = await db
    .select({ id: schema.savedSearches.id, label: schema.savedSearches.label, category: schema.savedSearches.category })
    .from(schema.savedSearches)
    // ok: missing-authorization
    .where(eq(schema.savedSearches.userId, userId));
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

const SavedSearch = v.object({ label: v.pipe(v.string(), v.maxLength(60)), category: v.optional(v.string()), radiusKm: v.optional(v.number()) });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { userId } = await auth.protect();
  const input = v.parse(SavedSearch, await req.json());
  // ok: mass-assignment
  await db.insert(schema.savedSearches).values({ id: nanoid(), ...input, userId });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(req: Request) {
  const { userId } = await auth.protect();
  const id = new URL(req.url).searchParams.get("id");
  if (typeof id !== "string") return NextResponse.json({ error: "id required" }, { status: 400 });
  await db
    .delete(schema.savedSearches)
    // ok: missing-authorization
    .where(and(eq(schema.savedSearches.id, id), eq(schema.savedSearches.userId, userId)));
  return NextResponse.json({ ok: true });
}

// why: body written into the saved search unvalidated; userId from the body wins over the session.
// ok: missing-auth
// ruleid: missing-input-validation
export async function PUT(req: Request) {
  const { userId } = await auth.protect();
  const body = await req.json();
  await db
    .update(schema.savedSearches)
    // ruleid: mass-assignment
    .set(body)
    // ok: missing-authorization
    .where(and(eq(schema.savedSearches.id, body.id), eq(schema.savedSearches.userId, userId)));
  return NextResponse.json({ ok: true });
}
