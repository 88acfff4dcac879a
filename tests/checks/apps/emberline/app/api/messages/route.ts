import { NextResponse } from "next/server";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { data } = await supabase.from("patient_messages").select("id, body, from_patient, created_at").eq("patient_user_id", user.id);
  // ok: excessive-data-exposure
  return NextResponse.json(data ?? []);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = z.object({ body: z.string().min(1).max(4000), patientUserId: z.string().uuid() }).parse(await req.json());
  // ruleid: missing-authorization, mass-assignment
  await supabase.from("patient_messages").insert({ body: body.body, patient_user_id: body.patientUserId, from_patient: true });
  return NextResponse.json({ ok: true });
}
