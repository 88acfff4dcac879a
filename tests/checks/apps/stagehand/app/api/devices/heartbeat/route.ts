import { NextResponse } from "next/server";
import { db } from "@/lib/db/kysely";
import { authenticateDevice } from "@/lib/auth/devices";

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const device = await authenticateDevice(req);
  if (!device) return NextResponse.json({ error: "Unknown device" }, { status: 401 });
  const body = await req.json();
  // ruleid: mass-assignment
  await db.updateTable("device_keys").set({ ...body }).where("id", "=", device.id).execute();
  return NextResponse.json({ ok: true, serverTime: Date.now() });
}
