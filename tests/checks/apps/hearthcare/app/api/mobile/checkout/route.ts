import { NextResponse } from "next/server";
import { authenticateBearer } from "@/lib/lucia";
import { kdb } from "@/lib/db/kysely";

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const user = await authenticateBearer(req);
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { visitId, notes } = await req.json();
  // ok: missing-authorization
  await kdb.updateTable("visits").set({ checkout_at: new Date(), notes }).where("id", "=", visitId).where("caregiver_id", "=", user.caregiverId).execute();
  return NextResponse.json({ success: true });
}
