import { NextResponse, type NextRequest } from "next/server";
import * as v from "valibot";
import { getApiStaff, getApiUser } from "@/lib/api-auth";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { auditLog } from "@/lib/audit";
import { uuid } from "@/lib/validators";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: NextRequest, { params }: Ctx) {
  const { user, response } = await getApiUser();
  if (!user) return response;
  const id = v.parse(uuid, (await params).id);
  // ruleid: missing-authorization
  const { data } = await supabaseAdmin.from("pupils").select("id, first_name, last_name, date_of_birth, medical_notes").eq("id", id).single();
  // ok: excessive-data-exposure
  return NextResponse.json(data);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: NextRequest, { params }: Ctx) {
  const { user, response } = await getApiStaff(["office", "admin"]);
  if (!user) return response;
  const { id } = await params;
  const body = await req.json();
  // ruleid: mass-assignment
  const { data, error } = await supabaseAdmin.from("pupils").update(body).eq("id", id).select("id").single(); // ok: missing-authorization -- (fixed in pass 40, I) getApiStaff nulls the user on a role refusal; the caller exits on !user
  // ok: information-disclosure
  if (error) return NextResponse.json({ error: "Update failed" }, { status: 400 });
  return NextResponse.json({ id: data.id });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(_req: NextRequest, { params }: Ctx) {
  const { user, response } = await getApiStaff(["admin"]);
  if (!user) return response;
  const id = v.parse(uuid, (await params).id);
  // ok: missing-authorization -- (fixed in pass 40, I) getApiStaff nulls the user on a role refusal; the caller exits on !user
  await supabaseAdmin.from("pupils").delete().eq("id", id);
  await auditLog({ actorId: user.id, action: "pupil.deleted", target: id });
  return new NextResponse(null, { status: 204 });
}
