import { NextResponse } from "next/server";
import { supabaseAdmin } from "@/lib/supabase/admin";

// Public JSON feed of published classes (used by studio websites' embed widget).
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const city = new URL(req.url).searchParams.get("city");
  let q = supabaseAdmin.from("public_classes").select("id, title, slug, studio_name, city, price_cents, starts_at").eq("published", true);
  if (city && /^[A-Za-z .'-]{2,60}$/.test(city)) q = q.eq("city", city);
  const { data } = await q.order("starts_at").limit(100);
  // ok: excessive-data-exposure
  return NextResponse.json({ classes: data ?? [] });
}
