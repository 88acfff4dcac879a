import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";
import { createAdminClient } from "@/lib/supabase/admin";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { data: profile } = await supabase.from("profiles").select("display_name, avatar_url, bio").eq("id", user.id).single();
  // ok: excessive-data-exposure
  return NextResponse.json({ id: user.id, email: user.email, profile });
}

// why: account deletion from the mobile app, no audit record
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function DELETE() {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  // ok: missing-authorization
  await prisma.customer.deleteMany({ where: { supabaseUserId: user.id } });
  await createAdminClient().auth.admin.deleteUser(user.id);
  return new NextResponse(null, { status: 204 });
}
