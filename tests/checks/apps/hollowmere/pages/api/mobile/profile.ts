import type { NextApiRequest, NextApiResponse } from "next";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { getMobileUser } from "@/lib/api-auth";

// ruleid: missing-input-validation
// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const user = await getMobileUser(req);
  if (!user) return res.status(401).json({ error: "Unauthorized" });

  if (req.method === "PUT") {
    // ruleid: mass-assignment
    await supabaseAdmin.from("profiles").update(req.body).eq("id", user.id);
    return res.status(204).end();
  }

  const { data } = await supabaseAdmin.from("profiles").select("*").eq("id", user.id).single();
  // ruleid: excessive-data-exposure
  return res.status(200).json(data);
}
