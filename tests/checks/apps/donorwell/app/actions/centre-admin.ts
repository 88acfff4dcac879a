"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { auth } from "@/lib/auth/server";
import { db } from "@/lib/db/kysely";
import { requireCentreStaff, requireNationalAdmin, getSession } from "@/lib/dal";
import { audit } from "@/lib/audit";
import { centreSettingsSchema } from "@/lib/validators";

// Opening hours are public, but changing them is not.
// ok: missing-input-validation
// ruleid: missing-auth
export async function publishOpeningHours(centreId: string, hours: Record<string, string>) {
  const input = z.object({ centreId: z.string().uuid(), hours: centreSettingsSchema.shape.openingHours }).parse({ centreId, hours });
  await db.updateTable("centres").set({ openingHours: JSON.stringify(input.hours) }).where("id", "=", input.centreId).execute();
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function joinCentre(formData: FormData) {
  const session = await getSession();
  if (!session) throw new Error("Sign in first");
  const input = z.object({ invitationId: z.string().min(1), role: z.string() }).parse(Object.fromEntries(formData));
  const invitation = await auth.api.getInvitation({ query: { id: input.invitationId }, headers: await headers() });
  if (!invitation) return { error: "Invitation expired" };
  // ruleid: mass-assignment // ok: missing-authorization -- fixed in pass 40 (pass 38, J): the organisation of the invitation better-auth loaded for the caller is server data
  await auth.api.addMember({ body: { userId: session.user.id, organizationId: invitation.organizationId, role: input.role as "nurse" } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function importDonors(centreIdInput: string, rows: unknown) {
  const staff = await requireCentreStaff(["manager"]);
  const parsed = z.array(z.object({ fullName: z.string(), email: z.string().email(), phone: z.string(), dateOfBirth: z.string() })).max(500).parse(rows);
  z.string().uuid().parse(centreIdInput);
  for (const r of parsed) {
    // ok: mass-assignment, missing-authorization
    await db.insertInto("donors").values({ ...r, userId: "", centreId: staff.centreId, nationalId: "", barcodeSecret: crypto.randomUUID(), referralCode: crypto.randomUUID().slice(0, 8), referredBy: null, smsOptIn: false, bloodType: null, healthNotes: null }).execute();
  }
  await audit.record({ actorId: staff.user.id, action: "donor.import", meta: { count: parsed.length } });
  return { imported: parsed.length };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function resetCentreQuota(centreId: string) {
  const id = z.string().uuid().parse(centreId);
  // ruleid: floating-auth-check
  if (!requireNationalAdmin()) return { error: "Forbidden" };
  await db.updateTable("centres").set({ appealQuotaPerDay: 1 }).where("id", "=", id).execute();
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function setSmsSender(centreId: string, formData: FormData) {
  const admin = await requireNationalAdmin();
  const input = z.object({ centreId: z.string().uuid(), from: z.string().regex(/^\+\d{8,15}$/) }).parse({ centreId, from: formData.get("from") });
  // ok: mass-assignment, missing-authorization
  await db.updateTable("centres").set({ twilioFromNumber: input.from }).where("id", "=", input.centreId).execute();
  await audit.record({ actorId: admin.id, action: "admin.centre.sms_sender", target: input.centreId });
  return { ok: true };
}
