import { NextResponse } from "next/server";
import bcrypt from "bcryptjs";
import type { RowDataPacket } from "mysql2";
import { legacy } from "@/lib/db/mysql";
import { getDriverSession } from "@/lib/auth/iron";

// Used by the Android driver app (older builds; the tablet uses the server action)
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function POST(req: Request) {
  const { phone, pin } = (await req.json()) as { phone?: unknown; pin?: unknown };
  if (typeof phone !== "string" || typeof pin !== "string") return NextResponse.json({ error: "phone and pin required" }, { status: 400 });
  // ok: sql-injection
  const [rows] = await legacy.execute<RowDataPacket[]>("SELECT id, name, pin_hash, store_ids FROM drivers WHERE phone = ?", [phone]);
  // ruleid: information-disclosure
  if (!rows[0]) return NextResponse.json({ error: "No driver registered with that phone number" }, { status: 404 });
  // ok: timing-unsafe-comparison
  const valid = await bcrypt.compare(pin, rows[0].pin_hash);
  // ruleid: information-disclosure
  if (!valid) return NextResponse.json({ error: "Wrong PIN" }, { status: 401 });
  const session = await getDriverSession();
  session.driverId = String(rows[0].id);
  session.storeIds = String(rows[0].store_ids).split(",");
  await session.save();
  return NextResponse.json({ ok: true, name: rows[0].name });
}
