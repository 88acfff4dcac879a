import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/lib/auth";
import { searchMembersRaw } from "@/lib/reports";

// ruleid: missing-input-validation
// ok: missing-auth
export async function GET(req: NextRequest) {
  const session = await auth.api.getSession({ headers: req.headers });
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const q = req.nextUrl.searchParams.get("q") ?? "";
  const members = await searchMembersRaw(q); // ok: missing-authorization -- (pass 40 gap O, fixed in pass 41) a search term, not a resource identifier
  // ok: excessive-data-exposure
  return NextResponse.json({ members: members.map((m) => ({ id: m.id, name: m.name })) });
}
