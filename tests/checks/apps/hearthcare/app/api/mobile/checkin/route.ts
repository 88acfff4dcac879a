import { NextResponse } from "next/server";
import { z } from "zod";
import { authenticateBearer } from "@/lib/lucia";
import { kdb } from "@/lib/db/kysely";
import { shiftForCaregiver } from "@/lib/dal/shifts";

const Body = z.object({ shiftId: z.string().uuid(), lat: z.number(), lng: z.number(), accuracy: z.number().max(200) });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const user = await authenticateBearer(req);
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const parsed = Body.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "invalid body" }, { status: 400 });
  // ok: missing-authorization
  const shift = await shiftForCaregiver(user.caregiverId, parsed.data.shiftId);
  if (!shift) return NextResponse.json({ error: "not found" }, { status: 404 });
  const visitId = crypto.randomUUID();
  await kdb.insertInto("visits").values({ id: visitId, shift_id: shift.id, caregiver_id: user.caregiverId, client_id: shift.client_id, agency_id: shift.agency_id, checkin_at: new Date(), checkout_at: null, checkin_lat: parsed.data.lat, checkin_lng: parsed.data.lng, notes: null }).execute();
  // ok: excessive-data-exposure
  return NextResponse.json({ visitId });
}
