import { NextResponse } from "next/server";
import { db } from "@/lib/db";

// ok: missing-input-validation
export async function GET(req: Request) {
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("authorization") !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const { count } = await db.parent.updateMany({ where: { magicCodeExpires: { lt: new Date() } }, data: { magicCodeHash: null, magicCodeExpires: null } });
  return NextResponse.json({ cleared: count });
}
