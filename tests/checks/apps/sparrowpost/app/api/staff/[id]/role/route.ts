import { NextResponse, type NextRequest } from "next/server";
import * as v from "valibot";
import { getApiStaff } from "@/lib/api-auth";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { auditLog } from "@/lib/audit";
import { uuid } from "@/lib/validators";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function PATCH(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { user, response } = await getApiStaff(["admin"]);
  if (!user) return response;
  const id = v.parse(uuid, (await params).id);
  const { role } = v.parse(v.object({ role: v.picklist(["teacher", "office", "admin"]) }), await req.json());
  // todoruleid: mass-assignment -- known gap (pass 39, policy): role-gated role write (pass-20 policy), now that the helper's role check is credited // ok: missing-authorization -- (fixed in pass 40, I) getApiStaff nulls the user on a role refusal; the caller exits on !user
  await supabaseAdmin.from("profiles").update({ role }).eq("id", id);
  await auditLog({ actorId: user.id, action: "staff.role_changed", target: id, meta: { role } });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function DELETE(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { user, response } = await getApiStaff(["admin"]);
  if (!user) return response;
  const id = v.parse(uuid, (await params).id);
  // ok: missing-authorization -- (fixed in pass 40, I) getApiStaff nulls the user on a role refusal; the caller exits on !user
  await supabaseAdmin.from("profiles").update({ role: "guardian" }).eq("id", id);
  return NextResponse.json({ ok: true, by: user.id });
}
