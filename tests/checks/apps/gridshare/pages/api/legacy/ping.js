// Uptime probe for the v1 app.
// ok: missing-auth, missing-input-validation
export default function handler(_req, res) {
  res.status(200).json({ ok: true, ts: Date.now() });
}
