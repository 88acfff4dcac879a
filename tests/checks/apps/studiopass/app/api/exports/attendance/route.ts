import { z } from "zod";
import { createClient } from "@/lib/supabase/server";

// Staff mobile app (Supabase auth) downloads attendance for a studio.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return Response.json({ error: "unauthorized" }, { status: 401 });
  const studioId = z.string().min(1).max(40).parse(new URL(req.url).searchParams.get("studioId"));
  // ruleid: missing-authorization
  const { data, error } = await supabase.from("attendance").select("member_id, class_id, checked_in_at").eq("studio_id", studioId);
  if (error) return Response.json({ error: "query_failed" }, { status: 500 });
  // ok: excessive-data-exposure
  return Response.json({ data });
}
