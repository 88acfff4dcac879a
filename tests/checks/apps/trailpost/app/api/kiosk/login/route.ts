import { NextResponse } from "next/server";
import { z } from "zod";
import { getKioskSession } from "@/lib/iron";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";
import { checkRateLimit } from "@/lib/ratelimit";
import { logger } from "@/lib/logger";

// Trailhead tablet sign-in with a device code printed in the operator dashboard.
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function POST(req: Request) {
  const ip = req.headers.get("x-forwarded-for") ?? "anon";
  if (!(await checkRateLimit(`kiosk-login:${ip}`))) return NextResponse.json({ error: "slow down" }, { status: 429 });
  const { deviceCode } = z.object({ deviceCode: z.string().regex(/^[A-Z0-9]{8}$/) }).parse(await req.json());
  // ok: sql-injection
  const { rows } = await pool.query("SELECT id, org_id FROM kiosks WHERE device_code_hash = encode(digest($1, 'sha256'), 'hex') AND revoked = false", [deviceCode]);
  if (!rows[0]) {
    logger.warn({ ip }, "kiosk.login_failed");
    // ok: information-disclosure
    return NextResponse.json({ error: "invalid code" }, { status: 401 });
  }
  const session = await getKioskSession();
  session.kioskId = rows[0].id;
  session.orgId = rows[0].org_id;
  await session.save();
  logger.info({ kioskId: rows[0].id }, "kiosk.login");
  await prisma.auditLog.create({ data: { orgId: rows[0].org_id, action: "kiosk.login", target: rows[0].id } });
  return NextResponse.json({ ok: true });
}
