import type { NextApiRequest, NextApiResponse } from "next";
import { createServiceClient } from "@/lib/supabase/server";
import { createServerClient } from "@supabase/ssr";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: { getAll: () => Object.entries(req.cookies).map(([name, value]) => ({ name, value: value ?? "" })), setAll: () => {} },
  });
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return res.status(401).json({ error: "unauthorized" });
  const uploadId = req.body?.uploadId;
  if (typeof uploadId !== "string" || !/^[0-9a-f-]{36}$/.test(uploadId)) return res.status(400).json({ error: "bad id" });
  const admin = createServiceClient();
  // ok: missing-authorization
  await admin.from("portal_uploads").update({ status: "complete" }).eq("id", uploadId).eq("uploaded_by", user.id);
  return res.json({ ok: true });
}
