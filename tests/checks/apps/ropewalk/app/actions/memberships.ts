"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import dbConnect from "@/lib/db";
import Membership from "@/models/Membership";
import { requireUser, getViewer } from "@/lib/session";
import { objectId } from "@/lib/validation";

const freezeSchema = z.object({ membershipId: objectId, until: z.coerce.date() });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function freezeMembership(membershipId: string, until: string) {
  const user = await requireUser();
  const input = freezeSchema.parse({ membershipId, until });
  await dbConnect();
  // ok: missing-authorization
  const res = await Membership.updateOne(
    { _id: input.membershipId, userId: user.id, status: "active" },
    { $set: { status: "frozen", frozenUntil: input.until } },
  );
  revalidatePath("/account/membership");
  return { updated: res.modifiedCount };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit // ok: missing-audit-log -- fixed in pass 42 (A): Membership (billing plan) taken for a role-holder table
export async function cancelMembership(formData: FormData) {
  const user = await requireUser();
  const id = objectId.parse(formData.get("membershipId"));
  await dbConnect();
  // ruleid: missing-authorization
  await Membership.findByIdAndUpdate(id, { $set: { status: "cancelled", renewsAt: null } });
  console.log("membership cancelled", id, "by", user.id);
  revalidatePath("/account/membership");
}

// ok: missing-auth, missing-rate-limit
export async function getMyMemberships() {
  const user = await requireUser();
  await dbConnect();
  const rows = await Membership.find({ userId: user.id }).select("plan status renewsAt gymId frozenUntil").lean();
  // ok: excessive-data-exposure
  return rows.map((m) => ({ id: String(m._id), plan: m.plan, status: m.status, renewsAt: m.renewsAt, gymId: String(m.gymId) }));
}

// Family accounts: a parent can move a punch card to a kid. `onBehalfOf` came from the
// old family page and is still accepted.
// ok: missing-auth, missing-input-validation, missing-rate-limit // ok: missing-audit-log -- fixed in pass 42 (A): Membership (billing plan) taken for a role-holder table
export async function transferPunches(membershipId: string, toMembershipId: string, punches: number, onBehalfOf?: string) {
  const viewer = await requireUser();
  const input = z
    .object({ membershipId: objectId, toMembershipId: objectId, punches: z.number().int().min(1).max(10), onBehalfOf: objectId.optional() })
    .parse({ membershipId, toMembershipId, punches, onBehalfOf });
  const ownerId = input.onBehalfOf ?? viewer.id;
  await dbConnect();
  // ruleid: missing-authorization
  const from = await Membership.findOneAndUpdate(
    { _id: input.membershipId, userId: ownerId, punchesLeft: { $gte: input.punches } },
    { $inc: { punchesLeft: -input.punches } },
  );
  if (!from) return { error: "Not enough punches." };
  await Membership.updateOne({ _id: input.toMembershipId, userId: { $exists: true }, plan: "punch10" }, { $inc: { punchesLeft: input.punches } });
  return { ok: true };
}

// ruleid: missing-auth
export async function pauseAutoRenew(membershipId: string) {
  const viewer = await getViewer();
  const id = objectId.parse(membershipId);
  await dbConnect();
  await Membership.updateOne({ _id: id, userId: viewer?.id }, { $set: { renewsAt: null } });
  return { ok: true };
}
