// ok: missing-auth, missing-input-validation
export default function handler(_req, res) {
  res.status(200).json({ pong: true, version: process.env.VERCEL_GIT_COMMIT_SHA?.slice(0, 7) ?? "dev" });
}
