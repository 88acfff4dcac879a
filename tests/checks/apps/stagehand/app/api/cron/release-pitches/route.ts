import { NextResponse } from "next/server";
import { db } from "@/lib/db/kysely";
import { safeEqual } from "@/lib/secure-compare";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!safeEqual(header, `Bearer ${process.env.CRON_SECRET}`)) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const res = await db.updateTable("pitch_applications").set({ status: "released" }).where("status", "=", "accepted").where("paid", "=", false).executeTakeFirst();
  // ok: excessive-data-exposure
  return NextResponse.json({ released: Number(res.numUpdatedRows) });
}
