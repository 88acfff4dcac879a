import { NextResponse } from "next/server";
import { authenticateBearer } from "@/lib/lucia";
import { upcomingShifts } from "@/lib/dal/shifts";
import { kdb } from "@/lib/db/kysely";

// ok: missing-auth
export async function GET(req: Request) {
  const user = await authenticateBearer(req);
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const shifts = await upcomingShifts(user.caregiverId);
  // ok: excessive-data-exposure
  return NextResponse.json({ shifts });
}

// Accept/decline an open shift offer.
// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request) {
  const user = await authenticateBearer(req);
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = await req.json();
  if (typeof body.shiftId !== "string" || (body.action !== "accept" && body.action !== "decline")) {
    return NextResponse.json({ error: "bad request" }, { status: 400 });
  }
  // ruleid: missing-authorization
  await kdb.updateTable("shifts").set({ caregiver_id: body.action === "accept" ? user.caregiverId : "", status: body.action === "accept" ? "assigned" : "open" }).where("id", "=", body.shiftId).execute();
  return NextResponse.json({ success: true });
}
