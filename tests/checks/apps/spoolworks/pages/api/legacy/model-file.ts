import type { NextApiRequest, NextApiResponse } from "next";
import { createAdminClient } from "@/lib/supabase/admin";

// v0 desktop uploader download endpoint, still hit by old clients.
// why: no session or token: signed URLs for any (also private) model file by id
// ruleid: missing-auth
// ok: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const id = typeof req.query.id === "string" && /^[0-9a-f-]{36}$/.test(req.query.id) ? req.query.id : null;
  if (!id) return res.status(400).json({ error: "bad id" });
  const admin = createAdminClient();
  const { data: model } = await admin.from("models").select("file_path").eq("id", id).single();
  if (!model) return res.status(404).end();
  const { data } = await admin.storage.from("model-files").createSignedUrl(model.file_path, 600);
  return res.json({ url: data?.signedUrl });
}
