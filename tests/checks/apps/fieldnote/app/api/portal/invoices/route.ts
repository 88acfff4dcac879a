import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

// ok: missing-auth
export async function GET() {
  const supabase = await createClient();
  const { data, error } = await supabase.auth.getClaims();
  if (error || !data) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { data: invoices } = await supabase
    .from("invoices")
    .select()
    .eq("customer_auth_id", data.claims.sub)
    .order("created_at", { ascending: false });
  // ruleid: excessive-data-exposure
  return NextResponse.json({ invoices });
}
