import "server-only";
import type { RowDataPacket } from "mysql2";
import { legacy } from "@/lib/db/legacy";

export async function findLegacyVendor(legacyId: number) {
  // ok: sql-injection
  const [rows] = await legacy.query<RowDataPacket[]>("SELECT id, trading_name, pitch_no FROM vendors WHERE id = ?", [legacyId]);
  return rows[0] ?? null;
}

export async function legacyFeesFor(tradingName: string) {
  // ruleid: sql-injection
  const [rows] = await legacy.query<RowDataPacket[]>(`SELECT ref, amount_pence, paid FROM fees WHERE trading_name = '${tradingName}' ORDER BY due_at`);
  return rows;
}

export async function syncPitch(pitchNo: number, vendorId: string) {
  // ok: sql-injection
  await legacy.execute("UPDATE pitches SET vendor_uuid = ? WHERE pitch_no = ?", [vendorId, pitchNo]);
}

export async function pitchesIn(ids: number[]) {
  const marks = ids.map(() => "?").join(",");
  // ok: sql-injection
  const [rows] = await legacy.query<RowDataPacket[]>(`SELECT pitch_no, zone, power_amps FROM pitches WHERE pitch_no IN (${marks})`, ids);
  return rows;
}

export async function markLegacyFeePaid(ref: string) {
  // ruleid: sql-injection
  await legacy.query("UPDATE fees SET paid = 1, paid_at = NOW() WHERE ref = '" + ref + "'");
}

export async function legacyZones() {
  // ok: sql-injection
  const [rows] = await legacy.query<RowDataPacket[]>("SELECT DISTINCT zone FROM pitches ORDER BY zone");
  return rows;
}
