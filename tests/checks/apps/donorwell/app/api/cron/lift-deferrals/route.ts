import { NextResponse } from "next/server";
import { db } from "@/lib/db/kysely";

// ok: missing-input-validation
export async function GET(req: Request) {
  const auth = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (auth !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const res = await db
    .updateTable("deferrals")
    .set({ lifted: true })
    .where("lifted", "=", false)
    .where("until", "<", new Date())
    .executeTakeFirst();
  // ok: excessive-data-exposure
  return NextResponse.json({ lifted: Number(res.numUpdatedRows) });
}
