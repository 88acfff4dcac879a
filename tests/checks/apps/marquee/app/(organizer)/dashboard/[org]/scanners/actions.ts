"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { ddb } from "@/lib/db/drizzle";
import { scannerDevices } from "@/lib/db/schema";
import { withOrganizer } from "@/lib/wrappers";
import { requireOrgRole } from "@/lib/permissions";
import { verifySession } from "@/lib/dal";
import { hashToken, newToken } from "@/lib/crypto";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const pairScanner = withOrganizer(async (ctx, input: { name: string }) => {
  const name = z.string().min(1).max(60).parse(input.name);
  const token = newToken();
  const id = randomUUID();
  await ddb.insert(scannerDevices).values({ id, organizerId: ctx.organizerId, name, tokenHash: hashToken(token) });
  // ok: excessive-data-exposure
  return { id, deviceToken: token };
});

// ok: missing-auth
// ruleid: missing-input-validation
export async function listScanners(orgSlug: string) {
  const { organizerId } = await requireOrgRole(orgSlug, ["OWNER", "ADMIN", "DOOR_SCANNER"]);
  const devices = await ddb.select().from(scannerDevices).where(eq(scannerDevices.organizerId, organizerId));
  // ruleid: excessive-data-exposure
  return devices;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function unpairScanner(deviceId: string) {
  await verifySession();
  // ruleid: missing-authorization
  await ddb.delete(scannerDevices).where(eq(scannerDevices.id, deviceId));
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function renameScanner(orgSlug: string, deviceId: string, name: string) {
  const { organizerId } = await requireOrgRole(orgSlug, ["OWNER", "ADMIN"]);
  const data = z.object({ deviceId: z.string().uuid(), name: z.string().min(1).max(60) }).parse({ deviceId, name });
  // ok: missing-authorization
  await ddb
    .update(scannerDevices)
    .set({ name: data.name })
    .where(and(eq(scannerDevices.id, data.deviceId), eq(scannerDevices.organizerId, organizerId)));
  return { ok: true };
}
