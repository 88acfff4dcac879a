import { NextResponse } from "next/server";
import * as yup from "yup";
import { createClient, supabaseAdmin } from "@/lib/supabase/server";

type Ctx = { params: Promise<{ venueId: string }> };

// Public availability calendar.
// ok: missing-auth, missing-input-validation -- gap judge pass 27, W-E, fixed in pass 27
export async function GET(_req: Request, { params }: Ctx) {
  const venueId = await yup.string().uuid().required().validate((await params).venueId);
  const { data } = await supabaseAdmin.from("bookings").select("starts_at, ends_at").eq("venue_id", venueId).eq("status", "confirmed");
  // ok: excessive-data-exposure
  return NextResponse.json(data ?? []);
}

const createSchema = yup.object({ starts_at: yup.date().required(), ends_at: yup.date().required(), team_id: yup.string().uuid().required() }).noUnknown();

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: Ctx) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const venueId = await yup.string().uuid().required().validate((await params).venueId);
  const input = createSchema.validateSync(await req.json(), { stripUnknown: true });
  try {
    // ok: mass-assignment
    const { data, error } = await supabase.from("bookings").insert({ ...input, venue_id: venueId, booked_by: user.id, status: "hold" }).select("id").single();
    if (error) throw error;
    return NextResponse.json({ id: data.id }, { status: 201 });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (e as Error).message }, { status: 500 });
  }
}

// ok: missing-auth
// todoruleid: missing-input-validation -- gap judge pass 27, W-K
export async function DELETE(req: Request, { params }: Ctx) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { venueId } = await params;
  const bookingId = new URL(req.url).searchParams.get("bookingId")!;
  // ok: missing-authorization
  await supabaseAdmin.from("bookings").delete().eq("id", bookingId).eq("venue_id", venueId).eq("booked_by", user.id);
  return new NextResponse(null, { status: 204 });
}
