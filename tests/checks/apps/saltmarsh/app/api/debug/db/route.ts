import { NextResponse } from "next/server";
import { sql } from "@/lib/db/sql";
import { requireRole } from "@/lib/auth/dal";

// Station admins use this when the tide feed stalls.
// ok: missing-auth
export async function GET() {
  await requireRole("admin");
  try {
    const [r] = await sql<{ n: number }[]>`select count(*)::int as n from custody_events`;
    return NextResponse.json({ custodyEvents: r.n });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (err as Error).message, stack: (err as Error).stack }, { status: 500 });
  }
}
