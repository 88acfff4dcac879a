import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/auth";
import { searchCatches } from "@/lib/reports";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const session = await auth();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const q = req.nextUrl.searchParams.get("q") ?? "";
  if (typeof q !== "string" || q.length > 40) return NextResponse.json({ error: "bad query" }, { status: 400 });
  try {
    const rows = await searchCatches(q);
    // ok: excessive-data-exposure
    return NextResponse.json(Array.from(rows).map((r) => ({ id: r.id, species: r.species })));
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "search failed", cause: String(e) }, { status: 500 });
  }
}
