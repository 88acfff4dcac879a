import type { NextApiRequest, NextApiResponse } from "next";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { getMobileUser } from "@/lib/api-auth";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const user = await getMobileUser(req);
  if (!user) return res.status(401).json({ error: "Unauthorized" });
  const { userId, pushToken } = req.body ?? {};
  if (typeof userId !== "string" || typeof pushToken !== "string" || pushToken.length > 300) {
    return res.status(400).json({ error: "Bad request" });
  }
  // ruleid: missing-authorization
  await supabaseAdmin.from("profiles").update({ push_token: pushToken }).eq("id", userId);
  return res.status(204).end();
}
