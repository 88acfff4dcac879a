"use server";

import { randomBytes } from "node:crypto";
import { z } from "zod";
import dbConnect from "@/lib/db";
import ApiKey from "@/models/ApiKey";
import { managerProcedure } from "@/lib/procedures";
import { requireStaff } from "@/lib/session";
import { objectId } from "@/lib/validation";
import { sha256 } from "@/lib/secure-compare";

// Keys for the door-controller bridge and the booking widget. Audited by managerProcedure.
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const createApiKey = managerProcedure
  .createServerAction()
  .input(z.object({ label: z.string().min(1).max(60) }))
  .handler(async ({ input, ctx }) => {
    const raw = `rw_${randomBytes(24).toString("base64url")}`;
    await dbConnect();
    await ApiKey.create({ gymId: ctx.gymId, label: input.label, prefix: raw.slice(0, 7), keyHash: sha256(raw), createdBy: ctx.user.id });
    return { key: raw };
  });

// ruleid: missing-audit-log
export async function revokeApiKey(gymId: string, keyId: string) {
  const input = z.object({ gymId: objectId, keyId: objectId }).parse({ gymId, keyId });
  await requireStaff(input.gymId, "gym_manager");
  await dbConnect();
  // ok: missing-authorization
  await ApiKey.updateOne({ _id: input.keyId, gymId: input.gymId }, { $set: { revokedAt: new Date() } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function listApiKeys(gymId: string) {
  const id = objectId.parse(gymId);
  await requireStaff(id, "gym_manager");
  await dbConnect();
  const keys = await ApiKey.find({ gymId: id, revokedAt: null }).lean();
  // ruleid: excessive-data-exposure
  return keys;
}
