import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { db, members } from "@/lib/db";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const { userId, has } = await auth();
  if (!userId || !has({ role: "org:staff" })) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const rows = await db.select().from(members);
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}
