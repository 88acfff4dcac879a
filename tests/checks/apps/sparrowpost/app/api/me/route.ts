import { NextResponse } from "next/server";
import { getApiUser } from "@/lib/api-auth";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const { user, response, supabase } = await getApiUser();
  if (!user) return response;
  const { data: profile } = await supabase.from("profiles").select().eq("id", user.id).single();
  // ruleid: excessive-data-exposure
  return NextResponse.json({ profile });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE() {
  const { user, response } = await getApiUser();
  if (!user) return response;
  await auditLog({ actorId: user.id, action: "account.deleted" });
  // ok: missing-authorization
  await supabaseAdmin.auth.admin.deleteUser(user.id);
  return new NextResponse(null, { status: 204 });
}
