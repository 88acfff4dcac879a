import { NextResponse } from "next/server";
import { cookies } from "next/headers";
import { getIronSession } from "iron-session";
import { kioskSessionOptions, type KioskSession } from "@/lib/auth/kiosk";
import { cachedAssignments } from "@/lib/db/kiosk-cache";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const session = await getIronSession<KioskSession>(await cookies(), kioskSessionOptions);
  if (!session.refereeId) return NextResponse.json({ error: "Kiosk locked" }, { status: 401 });
  const rows = cachedAssignments(session.refereeId);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}
