import { NextResponse } from "next/server";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";

// ok: missing-auth
export async function GET() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorised" }, { status: 401 });
  const { data, error } = await supabase
    .from("insurance_certificates")
    .select("id, vessel_id, insurer, expires_on")
    // ok: missing-authorization
    .eq("owner_user_id", user.id);
  // ok: information-disclosure
  if (error) return NextResponse.json({ error: "Could not load documents" }, { status: 500 });
  // ok: excessive-data-exposure
  return NextResponse.json(data);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorised" }, { status: 401 });
  const id = z.string().uuid().parse(new URL(req.url).searchParams.get("id"));
  try {
    // ok: missing-authorization
    const { error } = await supabase.from("insurance_certificates").delete().eq("id", id).eq("owner_user_id", user.id);
    if (error) throw error;
    return new NextResponse(null, { status: 204 });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: String(err) }, { status: 500 });
  }
}
