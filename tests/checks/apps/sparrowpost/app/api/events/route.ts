import { NextResponse, type NextRequest } from "next/server";
import * as v from "valibot";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { EventSchema } from "@/lib/validators";

// Public calendar feed for the school website.
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const limit = Math.min(Number(req.nextUrl.searchParams.get("limit") ?? 20) || 20, 100);
  const supabase = await createClient();
  const { data } = await supabase.from("events").select("slug, title, starts_at, location").eq("public", true).order("starts_at").limit(limit);
  // ok: excessive-data-exposure
  return NextResponse.json(data ?? [], { headers: { "cache-control": "public, max-age=300" } });
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function POST(req: NextRequest) {
  const parsed = v.safeParse(EventSchema, await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid event" }, { status: 400 });
  // ok: mass-assignment
  const { data } = await supabaseAdmin.from("events").insert({ slug: parsed.output.slug, title: parsed.output.title, starts_at: parsed.output.startsAt, location: parsed.output.location, public: parsed.output.public }).select("id").single();
  return NextResponse.json({ id: data?.id }, { status: 201 });
}
