import type { NextApiRequest, NextApiResponse } from "next";
import PocketBase from "pocketbase";
import { persistPbCookie } from "@/lib/auth/pocketbase";
import { slidingWindow } from "@/lib/rate-limit";

// The office tablet signs in once a day with the marina's kiosk account.
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
// ok: missing-rate-limit
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const ip = String(req.headers["x-forwarded-for"] ?? req.socket.remoteAddress ?? "");
  if (!slidingWindow(`kiosk-login:${ip}`, 10, 15 * 60_000)) return res.status(429).json({ error: "Too many attempts" });
  const { identity, password } = req.body ?? {};
  // ok: timing-unsafe-comparison
  if (typeof identity !== "string" || typeof password !== "string" || identity.length > 100 || password.length > 200) {
    return res.status(400).json({ error: "identity and password required" });
  }
  const pb = new PocketBase(process.env.POCKETBASE_URL);
  try {
    await pb.collection("kiosks").authWithPassword(identity, password);
  } catch (err) {
    // ruleid: information-disclosure
    return res.status(401).json({ error: err });
  }
  persistPbCookie(pb, res);
  return res.status(200).json({ ok: true, marina: pb.authStore.record?.marina });
}
