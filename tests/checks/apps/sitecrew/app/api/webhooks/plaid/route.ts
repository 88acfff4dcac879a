import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

const PlaidEvent = z.object({
  webhook_type: z.string(),
  webhook_code: z.string(),
  item_id: z.string(),
  error: z.unknown().optional(),
});

// Plaid item events (re-auth needed, permission revoked) for subcontractor bank links.
// ok: missing-input-validation
export async function POST(req: Request) {
  const token = req.headers.get("x-sitecrew-webhook-token");
  // ok: timing-unsafe-comparison
  if (!token) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  // ruleid: timing-unsafe-comparison
  if (token !== process.env.PLAID_WEBHOOK_TOKEN) return NextResponse.json({ error: "unauthorized" }, { status: 401 });

  const evt = PlaidEvent.parse(await req.json());
  if (evt.webhook_type === "ITEM" && evt.webhook_code === "USER_PERMISSION_REVOKED") {
    await prisma.subcontractor.updateMany({ where: { plaidAccessToken: { contains: evt.item_id } }, data: { plaidAccessToken: null } });
  }
  logger.info({ type: evt.webhook_type, code: evt.webhook_code }, "plaid_webhook");
  return NextResponse.json({ ok: true });
}
