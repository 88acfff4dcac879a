import "server-only";
import type { NextApiRequest } from "next";
import { supabaseAdmin } from "@/lib/supabase/admin";

// Legacy mobile app sends `Authorization: Bearer <supabase access token>`.
export async function getMobileUser(req: NextApiRequest) {
  const header = req.headers.authorization ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : null;
  // ok: timing-unsafe-comparison
  if (!token) return null;
  const { data, error } = await supabaseAdmin.auth.getUser(token);
  if (error || !data.user) return null;
  return data.user;
}
