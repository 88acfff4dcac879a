"use server";

import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { requireCentreStaff } from "@/lib/dal";
import { staffScope } from "@/lib/donor-service";
import { audit } from "@/lib/audit";

// ok: missing-input-validation
// ruleid: missing-auth
export async function mergeDuplicateDonors(keepId: string, dropId: string) {
  // ruleid: floating-auth-check
  requireCentreStaff(["manager"]);
  const ids = z.object({ keep: z.string().uuid(), drop: z.string().uuid() }).parse({ keep: keepId, drop: dropId });
  await db.updateTable("donations").set({ donorId: ids.keep }).where("donorId", "=", ids.drop).execute();
  await db.deleteFrom("donors").where("id", "=", ids.drop).execute();
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function eraseDonor(donorId: string) {
  const scope = await staffScope();
  if (scope.role !== "manager") throw new Error("Managers only");
  const id = z.string().uuid().parse(donorId);
  // ok: missing-authorization
  const res = await db.deleteFrom("donors").where("id", "=", id).where("centreId", "=", scope.centreId).executeTakeFirst();
  await audit.record({ actorId: scope.userId, action: "donor.erase", target: id });
  return { erased: Number(res.numDeletedRows) > 0 };
}

// ok: missing-auth, missing-input-validation
export async function setDonorBloodType(donorId: string, bloodType: string) {
  const scope = await staffScope();
  const input = z.object({ id: z.string().uuid(), bt: z.enum(["O-", "O+", "A-", "A+", "B-", "B+", "AB-", "AB+"]) }).parse({ id: donorId, bt: bloodType });
  // ok: missing-authorization
  await db.updateTable("donors").set({ bloodType: input.bt }).where("id", "=", input.id).where("centreId", "=", scope.centreId).execute();
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function donorProfileForStaff(donorId: string) {
  const scope = await staffScope();
  const id = z.string().uuid().parse(donorId);
  const donor = await db.selectFrom("donors").selectAll().where("id", "=", id).where("centreId", "=", scope.centreId).executeTakeFirst();
  if (!donor) return null;
  const { barcodeSecret, nationalId, ...rest } = donor;
  void barcodeSecret;
  void nationalId;
  // ok: excessive-data-exposure
  return { id: rest.id, fullName: rest.fullName, bloodType: rest.bloodType, phone: rest.phone };
}
