import type { NextApiRequest, NextApiResponse } from "next";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { sha256 } from "@/lib/secure-compare";

// Building-lobby kiosks authenticate with `x-user-id` + `x-api-key` (a per-user mobile key).
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const userId = req.headers["x-user-id"];
  const apiKey = req.headers["x-api-key"];
  // ok: timing-unsafe-comparison
  if (typeof userId !== "string" || typeof apiKey !== "string") return res.status(401).json({ error: "Unauthorized" });
  const { data: profile } = await supabaseAdmin
    .from("profiles")
    .select("id, full_name, unit, mobile_api_key_hash")
    .eq("id", userId)
    .single();
  // ruleid: timing-unsafe-comparison
  if (!profile || sha256(apiKey) !== profile.mobile_api_key_hash) {
    return res.status(401).json({ error: "Unauthorized" });
  }
  // ok: excessive-data-exposure
  return res.status(200).json({ id: profile.id, name: profile.full_name, unit: profile.unit });
}
