import { NextResponse } from "next/server";
import * as v from "valibot";
import { eq } from "drizzle-orm";
import { auth } from "@/auth";
import { db } from "@/db";
import { users } from "@/db/schema";

// Staff-only buyer card on the floor tablet.
// ok: missing-auth, missing-input-validation, missing-authorization
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session?.user || (session.user.role !== "staff" && session.user.role !== "admin")) {
    return NextResponse.json({ error: "forbidden" }, { status: 403 });
  }
  const id = v.parse(v.pipe(v.string(), v.uuid()), (await params).id);
  const [buyer] = await db.select().from(users).where(eq(users.id, id));
  if (!buyer) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(buyer);
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function HEAD(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session?.user) return new Response(null, { status: 401 });
  const id = v.parse(v.pipe(v.string(), v.uuid()), (await params).id);
  const [buyer] = await db.select({ id: users.id }).from(users).where(eq(users.id, id));
  return new Response(null, { status: buyer ? 200 : 404 });
}
