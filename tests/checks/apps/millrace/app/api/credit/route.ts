import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { eq } from "drizzle-orm";
import { db, members } from "@/lib/db";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const { userId } = await auth();
  if (!userId) return new NextResponse("Unauthorized", { status: 401 });
  const [row] = await db.select({ creditCents: members.creditCents }).from(members).where(eq(members.clerkUserId, userId));
  // ok: excessive-data-exposure
  return NextResponse.json({ balance: row?.creditCents ?? 0 });
}
