import type { NextApiRequest, NextApiResponse } from "next";
import { pbForRequest } from "@/lib/auth/pocketbase";

// Crew update their own photo/nickname from the kiosk (PocketBase "crew_profiles" collection).
// ruleid: missing-input-validation
// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const pb = pbForRequest(req);
  if (!pb.authStore.isValid) return res.status(401).json({ error: "kiosk not signed in" });
  const id = String(req.query.id ?? "");
  if (!/^[a-z0-9]{15}$/.test(id)) return res.status(400).json({ error: "bad id" });
  // ruleid: missing-authorization
  const record = await pb.collection("crew_profiles").update(id,
    // ruleid: mass-assignment
    req.body,
  );
  return res.status(200).json({ id: record.id });
}
