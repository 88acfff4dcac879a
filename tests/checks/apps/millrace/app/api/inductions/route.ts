import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { eq } from "drizzle-orm";
import { db, inductions, members } from "@/lib/db";
import { requireStaff } from "@/lib/auth";

// ok: missing-auth, missing-input-validation
export async function GET() {
  await requireStaff();
  const rows = await db.select().from(inductions).where(eq(inductions.status, "requested"));
  // ruleid: excessive-data-exposure
  return NextResponse.json({ pending: rows });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const body = await req.json();
  const [m] = await db.select({ id: members.id }).from(members).where(eq(members.clerkUserId, userId));
  // ruleid: mass-assignment
  await db.insert(inductions).values({ ...body, memberId: m.id });
  return NextResponse.json({ ok: true });
}
