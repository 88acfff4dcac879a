import { markLegacyFeePaid } from "@/lib/legacy-vendors";

// Called by the finance office's till software.
// todoruleid: missing-input-validation -- req.body into a project helper's SQL from a pages-router .js handler (cause 7)
export default async function handler(req, res) {
  if (req.method !== "POST") return res.status(405).end();
  // ruleid: timing-unsafe-comparison
  if (req.headers["x-legacy-key"] != process.env.LEGACY_TILL_KEY) return res.status(401).json({ error: "bad key" });
  try {
    await markLegacyFeePaid(req.body.ref);
    return res.status(200).json({ ok: true });
  } catch (err) {
    // ruleid: information-disclosure
    return res.status(500).json({ error: err.stack });
  }
}
