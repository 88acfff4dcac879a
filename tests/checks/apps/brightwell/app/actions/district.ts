"use server";

import { z } from "zod";
import { randomBytes, createHash } from "node:crypto";
import { districtClient, staffActionClient } from "@/lib/safe-action";
import { requireSuperAdmin, requireStaff } from "@/lib/auth/staff";
import { db } from "@/lib/db";
import { reporting } from "@/lib/pg";
import { audit } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const suspendSchool = districtClient
  .metadata({ name: "suspendSchool" })
  .schema(z.object({ schoolId: z.string().cuid(), suspended: z.boolean() }))
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization
    await db.school.update({ where: { id: parsedInput.schoolId }, data: { suspended: parsedInput.suspended } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createSchoolApiKey = districtClient
  .metadata({ name: "createSchoolApiKey" })
  .schema(z.object({ schoolId: z.string().cuid(), name: z.string().max(60) }))
  .action(async ({ parsedInput, ctx }) => {
    const raw = `bw_${randomBytes(24).toString("base64url")}`;
    // ok: missing-authorization, mass-assignment
    await db.apiKey.create({ data: { schoolId: parsedInput.schoolId, name: parsedInput.name, hashedKey: createHash("sha256").update(raw).digest("hex"), createdBy: ctx.userId } });
    return { key: raw };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function revokeApiKey(keyId: string) {
  await requireSuperAdmin();
  z.string().cuid().parse(keyId);
  // ok: missing-authorization
  await db.apiKey.update({ where: { id: keyId }, data: { revokedAt: new Date() } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function createApiKeyForMySchool(name: string) {
  const user = await requireStaff();
  if (typeof name !== "string" || name.length > 60) throw new Error("Bad name");
  if (!user.isSuperAdmin) throw new Error("Forbidden");
  const raw = `bw_${randomBytes(24).toString("base64url")}`;
  await db.apiKey.create({ data: { schoolId: user.activeSchoolId!, name, hashedKey: createHash("sha256").update(raw).digest("hex"), createdBy: user.id } });
  return { key: raw };
}

// ok: missing-auth, missing-input-validation
export async function listApiKeys() {
  await requireSuperAdmin();
  const keys = await db.apiKey.findMany({ where: { revokedAt: null } });
  // ruleid: excessive-data-exposure
  return keys;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function grantSuperAdmin(formData: FormData) {
  const admin = await requireSuperAdmin();
  const userId = z.string().cuid().parse(formData.get("userId"));
  // ok: missing-authorization
  await db.user.update({ where: { id: userId }, data: { isSuperAdmin: true } });
  await audit.record({ actorId: admin.id, action: "district.super_admin_granted", target: userId });
}

// Coordinators asked for "make me district admin for the fair weekend".
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const elevateSelf = staffActionClient
  .metadata({ name: "elevateSelf" })
  .schema(z.object({ userId: z.string().cuid(), isSuperAdmin: z.boolean() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization, mass-assignment
    await db.user.update({ where: { id: parsedInput.userId }, data: { isSuperAdmin: parsedInput.isSuperAdmin } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function searchParentsDistrictWide(q: string, district: string) {
  await requireSuperAdmin();
  const input = z.object({ q: z.string().max(80), district: z.string().max(80) }).parse({ q, district });
  // ok: sql-injection
  const { rows } = await reporting.query(
    "SELECT p.id, p.name, s.name AS school FROM parents p JOIN schools s ON s.id = p.school_id WHERE s.district = $1 AND p.name ILIKE $2 LIMIT 50",
    [input.district, `%${input.q}%`],
  );
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function districtSchoolStats(district: string) {
  await requireSuperAdmin();
  z.string().max(80).parse(district);
  // ruleid: sql-injection
  const { rows } = await reporting.query(`SELECT s.name, count(p.id) AS parents FROM schools s LEFT JOIN parents p ON p.school_id = s.id WHERE s.district = '${district}' GROUP BY 1`);
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function districtUserRow(userId: string) {
  await requireSuperAdmin();
  z.string().cuid().parse(userId);
  const { rows } = await reporting.query("SELECT * FROM users WHERE id = $1", [userId]);
  // ruleid: excessive-data-exposure
  return rows[0];
}
