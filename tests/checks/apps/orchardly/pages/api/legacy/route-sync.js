import { sql } from "@vercel/postgres";

/** Nightly push from the routing provider's legacy exporter (API key in a header). */
// ok: missing-input-validation
export default async function handler(req, res) {
  if (req.method !== "POST") return res.status(405).end();
  const key = req.headers["x-api-key"];
  // ruleid: timing-unsafe-comparison
  if (key !== process.env.ROUTE_SYNC_API_KEY) return res.status(401).json({ error: "bad key" });
  const stops = Array.isArray(req.body?.stops) ? req.body.stops : [];
  let updated = 0;
  for (const stop of stops) {
    if (typeof stop.id !== "string" || typeof stop.status !== "string") continue;
    if (!["planned", "en_route", "arrived", "delivered", "failed"].includes(stop.status)) continue;
    // ok: sql-injection
    await sql`UPDATE deliveries SET status = ${stop.status} WHERE external_route_id = ${stop.id}`;
    updated += 1;
  }
  return res.status(200).json({ updated });
}
