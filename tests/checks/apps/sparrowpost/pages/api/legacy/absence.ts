import type { NextApiRequest, NextApiResponse } from "next";
import * as v from "valibot";
import { createPagesClient } from "@/lib/supabase/pages";
import { AbsenceSchema } from "@/lib/validators";

// Old mobile app endpoint, still used by ~30% of parents.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const supabase = createPagesClient(req, res);
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return res.status(401).json({ error: "Unauthorized" });
  const parsed = v.safeParse(AbsenceSchema, req.body);
  if (!parsed.success) return res.status(400).json({ error: "Invalid absence" });
  const { data: link } = await supabase
    .from("pupil_guardians")
    .select("pupil_id, guardians!inner(user_id)")
    .eq("pupil_id", parsed.output.pupilId)
    .eq("guardians.user_id", user.id)
    .maybeSingle();
  if (!link) return res.status(403).json({ error: "Forbidden" });
  // ok: missing-authorization
  await supabase.rpc("mark_absent", { p_pupil: parsed.output.pupilId, p_date: parsed.output.date, p_reason: parsed.output.reason });
  return res.status(201).json({ ok: true });
}
