import { z } from "zod";
import { createClient } from "@/lib/supabase/server";

const bodySchema = z.object({ classId: z.string().uuid(), memberId: z.string().uuid() });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return Response.json({ error: "unauthorized" }, { status: 401 });
  const body = bodySchema.parse(await req.json());
  const { data: member } = await supabase.from("members").select("id, user_id").eq("id", body.memberId).single();
  if (!member || member.user_id !== user.id) return Response.json({ error: "forbidden" }, { status: 403 });
  // ok: mass-assignment
  // ok: missing-authorization
  const { data, error } = await supabase.from("bookings").insert({ class_id: body.classId, member_id: member.id, booked_by: user.id }).select("id").single();
  if (error) {
    // todook: information-disclosure -- ambiguous: a Supabase error value's message, not from a catch block
    return Response.json({ error: error.message }, { status: 400 });
  }
  // ok: excessive-data-exposure
  return Response.json({ id: data.id }, { status: 201 });
}

// ok: missing-auth
export async function GET() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return Response.json({ error: "unauthorized" }, { status: 401 });
  // ok: missing-authorization
  const { data } = await supabase.from("bookings").select().eq("booked_by", user.id);
  // ruleid: excessive-data-exposure
  return Response.json({ data });
}
