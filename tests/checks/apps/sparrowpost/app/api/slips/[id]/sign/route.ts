import { NextResponse, type NextRequest } from "next/server";
import * as v from "valibot";
import { getApiUser } from "@/lib/api-auth";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { isGuardianOf } from "@/lib/guards";
import { uuid } from "@/lib/validators";

const Body = v.object({ pupilId: uuid, consent: v.boolean(), signedName: v.pipe(v.string(), v.minLength(2), v.maxLength(120)) });

// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { user, response } = await getApiUser();
  if (!user) return response;
  const slipId = v.parse(uuid, (await params).id);
  const parsed = v.safeParse(Body, await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid signature" }, { status: 400 });
  const { data: guardian } = await supabaseAdmin.from("guardians").select("id").eq("user_id", user.id).single();
  if (!guardian || !(await isGuardianOf(guardian.id, parsed.output.pupilId))) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization, mass-assignment
  const { error } = await supabaseAdmin.from("slip_signatures").insert({
    slip_id: slipId,
    pupil_id: parsed.output.pupilId,
    guardian_id: guardian.id,
    consent: parsed.output.consent,
    signed_name: parsed.output.signedName,
  });
  // ok: information-disclosure
  if (error) return NextResponse.json({ error: "Already signed?" }, { status: 409 });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { user, response } = await getApiUser();
  if (!user) return response;
  const slipId = v.parse(uuid, (await params).id);
  const pupilId = v.parse(uuid, req.nextUrl.searchParams.get("pupil"));
  const { data: guardian } = await supabaseAdmin.from("guardians").select("id").eq("user_id", user.id).single();
  if (!guardian) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization
  await supabaseAdmin.from("slip_signatures").delete().eq("slip_id", slipId).eq("pupil_id", pupilId).eq("guardian_id", guardian.id);
  return new NextResponse(null, { status: 204 });
}
