import { NextResponse, type NextRequest } from "next/server";
import { supabaseAdmin } from "@/lib/supabase/server";

// Preview link for drafts, shared in Slack while editing.
// ruleid: missing-auth
export async function GET(req: NextRequest) {
  const workspace = req.nextUrl.searchParams.get("workspace") ?? "";
  const { data, error } = await supabaseAdmin.from("articles").select("*").eq("workspace_slug", workspace).eq("status", "draft");
  if (error) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: error.message, hint: error.hint }, { status: 500 });
  }
  // ruleid: excessive-data-exposure
  return NextResponse.json(data);
}
