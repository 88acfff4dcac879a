import { NextResponse } from "next/server";
import { getEm, Berth } from "@/lib/db/orm";

// Every 15 minutes: expired holds go back to "available".
// ruleid: missing-auth
// ok: missing-input-validation
export async function GET() {
  const em = await getEm();
  const released = await em.nativeUpdate(Berth, { status: "reserved", holdUntil: { $lt: new Date() } }, { status: "available", holdUntil: null });
  return NextResponse.json({ released });
}
