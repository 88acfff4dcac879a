import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/lib/auth";
import { searchNotes } from "@/lib/reports";
import { searchSchema } from "@/lib/validations";

// Validated and owner-scoped; the injection itself is in lib/reports.ts (searchNotes).
// ok: missing-auth
export async function GET(request: NextRequest) {
  const session = await auth();
  if (!session?.user?.id) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const parsed = searchSchema.safeParse({ q: request.nextUrl.searchParams.get("q") });
  if (!parsed.success) {
    return NextResponse.json({ error: "Invalid query" }, { status: 400 });
  }

  try {
    const results = await searchNotes(session.user.id, parsed.data.q);
    // ok: excessive-data-exposure
    return NextResponse.json({ results });
  } catch (error) {
    // Database errors carry table and column names, sometimes the query itself.
    // ruleid: information-disclosure
    return NextResponse.json({ error: error instanceof Error ? error.message : "Search failed" }, { status: 500 });
  }
}
