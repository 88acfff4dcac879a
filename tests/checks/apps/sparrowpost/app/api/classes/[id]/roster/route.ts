import { NextResponse, type NextRequest } from "next/server";
import * as v from "valibot";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { getCurrentUser } from "@/lib/dal";
import { uuid } from "@/lib/validators";

// Used by the register iPad app.
// ok: missing-input-validation
// ruleid: missing-auth
export async function GET(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  const id = v.parse(uuid, (await params).id);
  const { data } = await supabaseAdmin.from("pupils").select("id, first_name, last_name, medical_notes").eq("class_id", id);
  // ok: excessive-data-exposure
  return NextResponse.json({ viewer: user?.id ?? null, pupils: data ?? [] });
}
