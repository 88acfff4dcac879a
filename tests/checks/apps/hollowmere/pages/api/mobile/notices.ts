import type { NextApiRequest, NextApiResponse } from "next";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { getMobileUser } from "@/lib/api-auth";

// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const user = await getMobileUser(req);
  if (!user) return res.status(401).json({ error: "Unauthorized" });
  const { data: memberships } = await supabaseAdmin
    .from("memberships")
    .select("building_id")
    .eq("user_id", user.id)
    .is("revoked_at", null);
  const ids = (memberships ?? []).map((m) => m.building_id);
  const { data } = await supabaseAdmin
    .from("notices")
    .select("id, building_id, title, body, pinned, created_at")
    .in("building_id", ids)
    .eq("published", true)
    .order("created_at", { ascending: false })
    .limit(50);
  // ok: excessive-data-exposure
  return res.status(200).json({ notices: data ?? [] });
}
