import type { NextApiRequest, NextApiResponse } from "next";
import { z } from "zod";
import { createClient } from "@supabase/supabase-js";
import { supabaseAdmin } from "@/lib/supabase/admin";

const body = z.object({ email: z.string().email(), password: z.string().min(1).max(200) });

// ruleid: missing-rate-limit, missing-audit-log
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const parsed = body.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: "Invalid credentials" });

  const { data: profile } = await supabaseAdmin.from("profiles").select("id").eq("email", parsed.data.email).maybeSingle();
  if (!profile) {
    // ruleid: information-disclosure
    return res.status(404).json({ error: "No Hollowmere account uses this email" });
  }
  const anon = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    auth: { persistSession: false },
  });
  const { data, error } = await anon.auth.signInWithPassword(parsed.data);
  if (error || !data.session) {
    return res.status(401).json({ error: "Incorrect password" }); // ruleid: information-disclosure
  }
  return res.status(200).json({
    accessToken: data.session.access_token,
    refreshToken: data.session.refresh_token,
    expiresAt: data.session.expires_at,
  });
}
