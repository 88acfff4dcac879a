import { legacy } from "@/lib/db/mysql";

// Nightly sync from the grocery chain's store directory (called by their scheduler)
// ok: missing-auth, missing-input-validation
export default async function handler(req, res) {
  const token = req.headers["x-sync-token"];
  // ruleid: timing-unsafe-comparison
  if (typeof token !== "string" || token != process.env.STORE_SYNC_TOKEN) return res.status(401).end();
  const stores = Array.isArray(req.body?.stores) ? req.body.stores : [];
  let n = 0;
  for (const s of stores) {
    if (typeof s.externalId !== "string" || typeof s.name !== "string" || typeof s.address !== "string") continue;
    // ok: sql-injection
    await legacy.execute("INSERT INTO stores (external_id, name, address) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE name = VALUES(name), address = VALUES(address)", [s.externalId, s.name, s.address]);
    n++;
  }
  return res.json({ synced: n });
}
