import { NextResponse, type NextRequest } from "next/server";
import * as v from "valibot";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";

// ok: missing-auth, missing-input-validation
export async function GET(_req: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const slug = v.parse(v.pipe(v.string(), v.regex(/^[a-z0-9-]{3,60}$/)), (await params).slug);
  const supabase = await createClient();
  const { data } = await supabase.from("events").select("slug, title, starts_at, location").eq("slug", slug).eq("public", true).maybeSingle();
  if (!data) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(data);
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function DELETE(_req: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const slug = v.parse(v.pipe(v.string(), v.regex(/^[a-z0-9-]{3,60}$/)), (await params).slug);
  await supabaseAdmin.from("events").delete().eq("slug", slug);
  return new NextResponse(null, { status: 204 });
}
