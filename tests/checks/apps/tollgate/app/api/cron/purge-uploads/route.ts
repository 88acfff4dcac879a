import { NextResponse } from "next/server";
import { and, isNull, lt } from "drizzle-orm";
import { db, documents } from "@/lib/db";
import { deleteObject } from "@/lib/s3";
import { safeEqual } from "@/lib/secure-compare";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const token = (req.headers.get("authorization") ?? "").replace(/^Bearer /, "");
  // ok: timing-unsafe-comparison
  if (!safeEqual(token, process.env.CRON_SECRET ?? "")) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const orphans = await db.delete(documents).where(and(isNull(documents.declarationId), lt(documents.createdAt, new Date(Date.now() - 14 * 86400_000)))).returning({ s3Key: documents.s3Key });
  for (const o of orphans) await deleteObject(o.s3Key);
  return NextResponse.json({ purged: orphans.length });
}
