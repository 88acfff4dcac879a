import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db, members } from "@/lib/db";

// ruleid: timing-unsafe-comparison
const isKiosk = (req: Request) => req.headers.get("x-kiosk-secret") === process.env.KIOSK_SHARED_SECRET;

// ok: missing-input-validation
export async function GET(req: Request) {
  if (!isKiosk(req)) return NextResponse.json({ error: "Unknown device" }, { status: 401 });
  const rows = await db.select().from(members).where(eq(members.suspended, false));
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}
