import { createClient } from "@/lib/supabase/server";

// Member mobile app profile.
// ok: missing-auth
export async function GET() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return Response.json({ error: "unauthorized" }, { status: 401 });
  // ok: missing-authorization
  const { data: profile } = await supabase.from("profiles").select("*").eq("id", user.id).single();
  // ruleid: excessive-data-exposure
  return Response.json(profile);
}
