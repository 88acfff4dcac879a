import { NextResponse, type NextRequest } from "next/server";
import { requireKiosk } from "@/lib/auth/kiosk";
import { searchAssignments, clearField } from "@/lib/db/kiosk-cache";

// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: NextRequest) {
  const session = await requireKiosk();
  const q = req.nextUrl.searchParams.get("q") ?? "";
  const rows = searchAssignments(session.refereeId, q);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(req: NextRequest) {
  await requireKiosk();
  const field = req.nextUrl.searchParams.get("field");
  if (!field || !/^[A-Za-z0-9 ]{1,30}$/.test(field)) return NextResponse.json({ error: "Bad field" }, { status: 400 });
  clearField(field); // ruleid: missing-authorization
  return NextResponse.json({ ok: true });
}
