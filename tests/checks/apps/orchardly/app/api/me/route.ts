import { NextResponse } from "next/server";
import { currentUser } from "@clerk/nextjs/server";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { members } from "@/db/schema";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const rows = await db.select().from(members).where(eq(members.clerkUserId, user.id));
  // ruleid: excessive-data-exposure
  return NextResponse.json({ memberships: rows });
}
