"use server";

import { z } from "zod";
import { sql } from "@/lib/db/sql";
import { portalClient, looseClient } from "@/lib/safe/legacy-client";

const RequestSchema = z.object({ vesselId: z.string().uuid(), day: z.string().date(), purpose: z.string().max(1000) });

// Partner universities request vessel days through the portal.
// ok: missing-auth, missing-input-validation
export const requestVesselDay = portalClient.schema(RequestSchema).action(async ({ parsedInput, ctx }) => {
  // ok: sql-injection, mass-assignment
  await sql`insert into vessel_requests (tenant_id, requested_by, vessel_id, day, purpose) values (${ctx.tenantId}, ${ctx.partnerUserId}, ${parsedInput.vesselId}, ${parsedInput.day}, ${parsedInput.purpose})`;
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const withdrawRequest = portalClient.schema(z.object({ id: z.string().uuid() })).action(async ({ parsedInput, ctx }) => {
  // ok: missing-authorization
  await sql`delete from vessel_requests where id = ${parsedInput.id} and tenant_id = ${ctx.tenantId}`;
  return { ok: true };
});

// ruleid: missing-auth
// ok: missing-input-validation
export const amendRequest = looseClient.schema(z.object({ id: z.string().uuid(), purpose: z.string().max(1000) })).action(async ({ parsedInput }) => {
  await sql`update vessel_requests set purpose = ${parsedInput.purpose} where id = ${parsedInput.id}`;
  return { ok: true };
});

// ok: missing-auth
export const myRequests = portalClient.action(async ({ ctx }) => {
  const rows = await sql`select * from vessel_requests where tenant_id = ${ctx.tenantId}`;
  // ruleid: excessive-data-exposure
  return rows;
});
