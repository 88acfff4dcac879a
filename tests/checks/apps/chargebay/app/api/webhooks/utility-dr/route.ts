import { NextResponse } from "next/server";
import * as v from "valibot";
import { kdb } from "@/lib/kysely";
import { logger } from "@/lib/logger";

const DrSignal = v.object({
  eventId: v.string(),
  utilityAccountRef: v.string(),
  startsAt: v.pipe(v.string(), v.isoTimestamp()),
  endsAt: v.pipe(v.string(), v.isoTimestamp()),
  reductionKw: v.pipe(v.number(), v.minValue(0)),
});

// Demand-response signals from the grid operator's OpenADR bridge.
// ok: missing-input-validation
export async function POST(req: Request) {
  const token = req.headers.get("x-dr-token");
  // ruleid: timing-unsafe-comparison
  if (!token || token !== process.env.DR_FEED_TOKEN) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const signal = v.parse(DrSignal, await req.json());
  const group = await kdb.selectFrom("load_groups").select(["id", "tenant_id"]).where("utility_account_ref", "=", signal.utilityAccountRef).executeTakeFirst();
  if (!group) return NextResponse.json({ ignored: true });
  await kdb
    .insertInto("dr_events")
    .values({
      tenant_id: group.tenant_id,
      load_group_id: group.id,
      external_id: signal.eventId,
      starts_at: new Date(signal.startsAt),
      ends_at: new Date(signal.endsAt),
      reduction_kw: signal.reductionKw,
      status: "PENDING",
    })
    .execute();
  logger.info({ event: "dr.signal", tenantId: group.tenant_id, externalId: signal.eventId }, "demand response event received");
  return NextResponse.json({ ok: true });
}
