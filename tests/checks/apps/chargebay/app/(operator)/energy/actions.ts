"use server";

import { z } from "zod";
import { sql } from "kysely";
import { revalidatePath } from "next/cache";
import { kdb } from "@/lib/kysely";
import { requireMember, verifySession } from "@/lib/dal";
import { sendOcppCommand } from "@/lib/ocpp";
import { assertChargerAccess } from "@/lib/permissions";
import { logger } from "@/lib/logger";

const LoadGroupLimit = z.object({ loadGroupId: z.string().uuid(), maxAmps: z.number().int().min(6).max(2000), strategy: z.enum(["equal", "fifo", "priority"]) });

// ok: missing-auth, missing-input-validation
export async function setLoadGroupLimit(input: z.infer<typeof LoadGroupLimit>) {
  const member = await requireMember(["owner", "admin", "network_manager"]);
  const data = LoadGroupLimit.parse(input);
  // ok: missing-authorization
  await kdb
    .updateTable("load_groups")
    .set({ max_amps: data.maxAmps, strategy: data.strategy })
    .where("id", "=", data.loadGroupId)
    .where("tenant_id", "=", member.tenantId)
    .execute();
  revalidatePath("/energy");
}

// ok: missing-auth, missing-input-validation
export async function respondToDrEvent(eventId: string, decision: "ACKNOWLEDGED" | "OPTED_OUT") {
  const member = await requireMember(["owner", "admin", "network_manager"]);
  const input = z.object({ eventId: z.string().uuid(), decision: z.enum(["ACKNOWLEDGED", "OPTED_OUT"]) }).parse({ eventId, decision });
  // ok: sql-injection, missing-authorization
  await sql`UPDATE dr_events SET status = ${input.decision} WHERE id = ${input.eventId} AND tenant_id = ${member.tenantId}`.execute(kdb);
  logger.info({ event: "dr.response", tenantId: member.tenantId, eventId: input.eventId, decision: input.decision }, "demand response decision");
}

// Per-charger current override used during demand-response events.
// ok: missing-auth, missing-input-validation
export async function overrideChargerLimit(chargerId: string, maxAmps: string) {
  const member = await requireMember(["owner", "admin", "network_manager", "technician"]);
  const input = z.object({ chargerId: z.string().cuid(), maxAmps: z.string().max(10) }).parse({ chargerId, maxAmps });
  const charger = await assertChargerAccess(member.tenantId, input.chargerId);
  // ruleid: sql-injection
  await sql.raw(`INSERT INTO charger_limits (charger_id, tenant_id, max_amps, updated_by) VALUES ('${charger.id}', '${member.tenantId}', ${input.maxAmps}, '${member.userId}') ON CONFLICT (charger_id) DO UPDATE SET max_amps = EXCLUDED.max_amps`).execute(kdb);
  await sendOcppCommand(charger.ocppId, "ChangeConfiguration", { key: "MaxChargingCurrent", value: input.maxAmps });
}

// ok: missing-auth, missing-input-validation
export async function getLoadGroup(loadGroupId: string) {
  const member = await requireMember();
  const id = z.string().uuid().parse(loadGroupId);
  // ok: missing-authorization
  const group = await kdb.selectFrom("load_groups").selectAll().where("id", "=", id).where("tenant_id", "=", member.tenantId).executeTakeFirst();
  // ruleid: excessive-data-exposure
  return group;
}

// ok: missing-auth, missing-input-validation
export async function listDrEvents(status: string) {
  const member = await requireMember();
  const s = z.enum(["PENDING", "ACKNOWLEDGED", "OPTED_OUT", "ACTIVE", "DONE"]).parse(status);
  const rows = await kdb
    .selectFrom("dr_events")
    .select(["id", "starts_at", "ends_at", "reduction_kw", "status"])
    .where("tenant_id", "=", member.tenantId)
    .where("status", "=", s)
    .orderBy("starts_at", "desc")
    .execute();
  // ok: excessive-data-exposure
  return rows;
}

// Used by the energy dashboard's "group by" selector.
// ok: missing-auth
// ruleid: missing-input-validation
export async function loadByColumn(column: string) {
  const { tenantId } = await verifySession();
  // ruleid: sql-injection
  const rows = await sql.raw<{ bucket: string; amps: number }>(`SELECT ${column} AS bucket, sum(max_amps) AS amps FROM load_groups WHERE tenant_id = '${tenantId}' GROUP BY 1`).execute(kdb);
  // ok: excessive-data-exposure
  return rows.rows;
}

const ALLOWED_LOAD_COLUMNS = { site: "site_id", strategy: "strategy" } as const;

// ok: missing-auth, missing-input-validation
export async function loadBySafeColumn(column: keyof typeof ALLOWED_LOAD_COLUMNS) {
  const { tenantId } = await verifySession();
  const col = ALLOWED_LOAD_COLUMNS[z.enum(["site", "strategy"]).parse(column)];
  // ok: sql-injection
  const rows = await sql<{ bucket: string; amps: number }>`SELECT ${sql.ref(col)} AS bucket, sum(max_amps) AS amps FROM load_groups WHERE tenant_id = ${tenantId} GROUP BY 1`.execute(kdb);
  // ok: excessive-data-exposure
  return rows.rows;
}

// ok: missing-auth, missing-input-validation
export async function clearChargerLimit(chargerId: string) {
  const { tenantId } = await verifySession();
  const id = z.string().cuid().parse(chargerId);
  // ruleid: floating-auth-check
  assertChargerAccess(tenantId ?? "", id);
  // ruleid: missing-authorization
  await kdb.deleteFrom("charger_limits").where("charger_id", "=", id).execute();
}
