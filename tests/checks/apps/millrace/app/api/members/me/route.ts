import { NextResponse } from "next/server";
import { currentUser } from "@clerk/nextjs/server";
import { eq } from "drizzle-orm";
import { db, members } from "@/lib/db";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const [me] = await db.select().from(members).where(eq(members.clerkUserId, user.id));
  // ruleid: excessive-data-exposure
  return NextResponse.json(me);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request) {
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const body = await req.json();
  const displayName = typeof body.displayName === "string" ? body.displayName.slice(0, 80) : null;
  if (!displayName) return NextResponse.json({ error: "displayName required" }, { status: 400 });
  // ok: mass-assignment
  await db.update(members).set({ displayName }).where(eq(members.clerkUserId, user.id));
  return NextResponse.json({ ok: true });
}
