import { NextResponse, type NextRequest } from "next/server";
import { requireStaff } from "@/lib/auth/staff";
import { sqlite } from "@/lib/db/local";

// Staff quick search over boats by name/registration.
// ok: missing-auth, missing-authorization
// ruleid: missing-input-validation
export async function GET(request: NextRequest) {
  const staff = await requireStaff();
  const q = request.nextUrl.searchParams.get("q") ?? "";
  // ruleid: sql-injection
  const rows = sqlite.prepare("SELECT b.id, b.name, b.registration FROM boats b JOIN bookings k ON k.boat_id = b.id WHERE k.organization_id = ? AND b.name LIKE '%" + q + "%'").all(staff.orgId);
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function POST(req: Request) {
  const staff = await requireStaff();
  const { q } = (await req.json()) as { q: unknown };
  if (typeof q !== "string" || q.length > 60) return NextResponse.json({ error: "bad query" }, { status: 400 });
  // ok: sql-injection
  const rows = sqlite.prepare("SELECT b.id, b.name FROM boats b JOIN bookings k ON k.boat_id = b.id WHERE k.organization_id = ? AND b.name LIKE ?").all(staff.orgId, `%${q}%`);
  return NextResponse.json(rows);
}
