import type { NextApiRequest, NextApiResponse } from "next";
import bcrypt from "bcryptjs";
import { eq } from "drizzle-orm";
import { sqlite, localDb, kioskOperators } from "@/lib/drizzle/local";
import { sendOcppCommand } from "@/lib/ocpp";
import { secureCompare } from "@/lib/crypto";
import { ratelimit } from "@/lib/ratelimit";

// Garage kiosk: attendant unlocks a connector for a stuck cable.
// Authenticated by the kiosk device key plus the attendant's PIN.
// ok: missing-auth, missing-rate-limit
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const deviceKey = String(req.headers["x-kiosk-key"] ?? "");
  // ok: timing-unsafe-comparison
  if (!secureCompare(deviceKey, process.env.KIOSK_DEVICE_KEY ?? "")) return res.status(401).end();
  const { operatorId, pin, bay } = req.body ?? {};
  const { success } = await ratelimit.limit(`kiosk:${operatorId}`);
  if (!success) return res.status(429).end();
  const [op] = await localDb.select({ pinHash: kioskOperators.pinHash }).from(kioskOperators).where(eq(kioskOperators.id, operatorId));
  // ok: timing-unsafe-comparison
  if (!op || !(await bcrypt.compare(String(pin), op.pinHash))) return res.status(403).json({ error: "wrong PIN" });
  // ruleid: sql-injection
  const row = sqlite.prepare(`SELECT charger_ocpp_id, connector FROM kiosk_bays WHERE bay = ${bay}`).get() as
    | { charger_ocpp_id: string; connector: number }
    | undefined;
  if (!row) return res.status(404).json({ error: "unknown bay" });
  await sendOcppCommand(row.charger_ocpp_id, "UnlockConnector", { connectorId: row.connector });
  return res.json({ ok: true });
}
