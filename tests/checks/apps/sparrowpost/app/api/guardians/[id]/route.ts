import { NextResponse, type NextRequest } from "next/server";
import * as v from "valibot";
import { getApiUser, getApiStaff } from "@/lib/api-auth";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { uuid } from "@/lib/validators";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: NextRequest, { params }: Ctx) {
  const { user, response } = await getApiUser();
  if (!user) return response;
  const id = v.parse(uuid, (await params).id);
  // ruleid: missing-authorization
  const { data } = await supabaseAdmin.from("guardians").select("*").eq("id", id).single();
  // ruleid: excessive-data-exposure
  return NextResponse.json(data);
}

// ok: missing-auth, missing-input-validation
export async function PUT(req: NextRequest, { params }: Ctx) {
  const { user, response, role } = await getApiStaff(["office", "admin"]);
  if (!user) return response;
  const id = v.parse(uuid, (await params).id);
  const body = v.parse(v.object({ relationship: v.picklist(["mother", "father", "carer", "grandparent", "other"]) }), await req.json());
  // ok: mass-assignment // ok: missing-authorization -- (fixed in pass 40, I) getApiStaff nulls the user on a role refusal; the caller exits on !user
  await supabaseAdmin.from("guardians").update(body).eq("id", id);
  return NextResponse.json({ ok: true, role });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: NextRequest, { params }: Ctx) {
  const { user, response } = await getApiUser();
  if (!user) return response;
  const { id } = await params;
  const { userId, relationship } = await req.json();
  // ruleid: mass-assignment, missing-authorization
  await supabaseAdmin.from("guardians").update({ user_id: userId, relationship }).eq("id", id);
  return NextResponse.json({ ok: true });
}
