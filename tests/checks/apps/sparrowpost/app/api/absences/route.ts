import { NextResponse, type NextRequest } from "next/server";
import * as v from "valibot";
import { getApiUser } from "@/lib/api-auth";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { isGuardianOf } from "@/lib/guards";
import { AbsenceSchema } from "@/lib/validators";

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: NextRequest) {
  const { user, response, supabase } = await getApiUser();
  if (!user) return response;
  const { pupilId, date, reason } = await req.json();
  const { data: guardian } = await supabase.from("guardians").select("id").eq("user_id", user.id).single();
  if (!guardian || !(await isGuardianOf(guardian.id, pupilId))) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization, mass-assignment
  await supabaseAdmin.from("absences").insert({ pupil_id: pupilId, date, reason, reported_by: user.id });
  return NextResponse.json({ ok: true }, { status: 201 });
}

// ok: missing-auth, missing-input-validation
export async function PUT(req: NextRequest) {
  const { user, response, supabase } = await getApiUser();
  if (!user) return response;
  const parsed = v.safeParse(AbsenceSchema, await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid" }, { status: 400 });
  const { data: guardian } = await supabase.from("guardians").select("id").eq("user_id", user.id).single();
  if (!guardian || !(await isGuardianOf(guardian.id, parsed.output.pupilId))) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization
  const { error } = await supabase.rpc("mark_absent", { p_pupil: parsed.output.pupilId, p_date: parsed.output.date, p_reason: parsed.output.reason });
  try {
    if (error) throw error;
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: String(err) }, { status: 500 });
  }
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const { user, response, supabase } = await getApiUser();
  if (!user) return response;
  const month = req.nextUrl.searchParams.get("month");
  const parsedMonth = v.parse(v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/))), month);
  // ok: missing-authorization
  let q = supabase.from("absences").select("id, date, reason, authorised, pupil_id").eq("reported_by", user.id);
  if (parsedMonth) q = q.gte("date", `${parsedMonth}-01`).lte("date", `${parsedMonth}-31`);
  const { data } = await q;
  // ok: excessive-data-exposure
  return NextResponse.json(data ?? []);
}
