// Uptime probe used by the status page.
// ok: missing-auth
export default function handler(_req, res) {
  res.status(200).json({ ok: true, region: process.env.VERCEL_REGION ?? "local" });
}
