import { NextResponse } from "next/server";
import { kdb } from "@/lib/db/kysely";
import { secureCompare } from "@/lib/secure-compare";
import { logger } from "@/lib/logger";

// ok: missing-auth
export async function GET(req: Request) {
  const token = (req.headers.get("authorization") ?? "").replace(/^Bearer /, "");
  // ok: timing-unsafe-comparison
  if (!token || !secureCompare(token, process.env.CRON_SECRET ?? "")) return new NextResponse("Unauthorized", { status: 401 });
  const res = await kdb.updateTable("access_codes").set({ revoked: true }).where("valid_until", "<", new Date()).where("revoked", "=", false).executeTakeFirst();
  logger.info({ expired: Number(res.numUpdatedRows) }, "access codes expired");
  return NextResponse.json({ expired: Number(res.numUpdatedRows) });
}
