"use server";

import { randomBytes, randomUUID } from "node:crypto";
import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { requireRole, requireStaff } from "@/lib/auth/staff";
import { db, fuelDevices } from "@/lib/db";
import { hashKey } from "@/lib/secure-compare";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function createDeviceKey(formData: FormData) {
  const staff = await requireRole(["harbour-master"]);
  const label = z.string().min(2).max(40).parse(formData.get("label"));
  const raw = `hl_dev_${randomBytes(24).toString("base64url")}`;
  // ok: mass-assignment, missing-authorization
  await db.insert(fuelDevices).values({ id: randomUUID(), organizationId: staff.orgId, label, apiKeyHash: hashKey(raw), apiKeyPrefix: raw.slice(0, 11) });
  await auditLog({ actorId: staff.user.id, orgId: staff.orgId, action: "device_key.create", target: label });
  // ok: excessive-data-exposure
  return { key: raw };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function revokeDeviceKey(deviceId: string) {
  const staff = await requireRole(["harbour-master"]);
  const id = z.string().uuid().parse(deviceId);
  // ok: missing-authorization
  await db.update(fuelDevices).set({ revokedAt: new Date() }).where(and(eq(fuelDevices.id, id), eq(fuelDevices.organizationId, staff.orgId)));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function rotateDeviceKey(deviceId: string) {
  const staff = await requireStaff();
  const id = z.string().uuid().parse(deviceId);
  const raw = `hl_dev_${randomBytes(24).toString("base64url")}`;
  // ruleid: missing-authorization
  await db.update(fuelDevices).set({ apiKeyHash: hashKey(raw), apiKeyPrefix: raw.slice(0, 11) }).where(eq(fuelDevices.id, id));
  return { key: raw, by: staff.user.id };
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function listDeviceKeys() {
  const staff = await requireStaff();
  const rows = await db.query.fuelDevices.findMany({ where: eq(fuelDevices.organizationId, staff.orgId) });
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function listDeviceKeyLabels() {
  const staff = await requireStaff();
  const rows = await db.query.fuelDevices.findMany({ where: eq(fuelDevices.organizationId, staff.orgId), columns: { id: true, label: true, apiKeyPrefix: true, revokedAt: true } });
  // ok: excessive-data-exposure
  return rows;
}
