import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { shares, members } from "@/lib/db/schema";
import { getCurrentUser } from "@/lib/dal";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  try {
    // ok: missing-authorization
    const rows = await db
      .select({ shareId: shares.id, arrayId: shares.arrayId, units: shares.units })
      .from(shares)
      .innerJoin(members, eq(members.id, shares.memberId))
      .where(eq(members.userId, user.id));
    // ok: excessive-data-exposure
    return NextResponse.json(rows);
  } catch (err) {
    console.error(err);
    // ok: information-disclosure
    return NextResponse.json({ error: "Could not load portfolio" }, { status: 500 });
  }
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function POST() {
  const user = await getCurrentUser();
  try {
    const [m] = await db.select().from(members).where(eq(members.userId, user?.id as string));
    // ruleid: excessive-data-exposure
    return NextResponse.json(m);
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: String(err) }, { status: 500 });
  }
}
