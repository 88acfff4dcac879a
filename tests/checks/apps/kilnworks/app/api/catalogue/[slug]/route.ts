import { NextResponse } from "next/server";
import { supabaseAdmin } from "@/lib/supabase/admin";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (typeof slug !== "string" || !/^[a-z0-9-]{1,80}$/.test(slug)) {
    return NextResponse.json({ error: "not found" }, { status: 404 });
  }
  const { data } = await supabaseAdmin.from("classes").select("*").eq("slug", slug).eq("published", true).maybeSingle();
  if (!data) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(data);
}
