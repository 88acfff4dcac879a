"use server";

import { z } from "zod";
import { clerkClient } from "@clerk/nextjs/server";
import { db } from "@/lib/db/kysely";
import { promoterProcedure } from "@/lib/zsa";
import { withFestival, withPromoter } from "@/lib/with-festival";
import { roleSchema } from "@/lib/validators";
import { requireRole, requireStaff, ForbiddenError } from "@/lib/auth/staff";
import { rateLimit } from "@/lib/rate-limit";
import { sendMail } from "@/lib/mail";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const changeStaffRole = promoterProcedure
  .createServerAction()
  .input(roleSchema)
  .handler(async ({ input, ctx }) => {
    const client = await clerkClient();
    // ok: missing-authorization
    await client.organizations.updateOrganizationMembership({ organizationId: ctx.orgId, userId: input.userId, role: input.role });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function promoteToProductionManager(userId: string) {
  const ctx = await requireRole("org:promoter");
  const id = z.string().startsWith("user_").parse(userId);
  const client = await clerkClient();
  await client.organizations.updateOrganizationMembership({ organizationId: ctx.orgId, userId: id, role: "org:production_manager" });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const removeStaffMember = withFestival(async (formData, ctx) => {
  if (ctx.orgRole !== "org:promoter") throw new ForbiddenError("Promoters only");
  const userId = z.string().startsWith("user_").parse(formData.get("userId"));
  const client = await clerkClient();
  await client.organizations.deleteOrganizationMembership({ organizationId: ctx.orgId, userId });
  await db.deleteFrom("staff_profiles").where("user_id", "=", userId).where("festival_id", "=", ctx.festivalId).execute();
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const inviteStaff = withPromoter("staff.invite", async (formData, ctx) => {
  const { email, role } = z.object({ email: z.string().email(), role: z.enum(["org:stage_manager", "org:volunteer"]) }).parse({ email: formData.get("email"), role: formData.get("role") });
  await rateLimit(`invite:${ctx.orgId}`, 20, 3600);
  const client = await clerkClient();
  await client.organizations.createOrganizationInvitation({ organizationId: ctx.orgId, emailAddress: email, role, inviterUserId: ctx.userId });
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function resendStaffInvite(invitationId: string) {
  const ctx = await requireRole("org:promoter");
  const id = z.string().startsWith("orginv_").parse(invitationId);
  const client = await clerkClient();
  const { data } = await client.organizations.getOrganizationInvitationList({ organizationId: ctx.orgId });
  const invite = data.find((i) => i.id === id);
  if (!invite) return { ok: false };
  await sendMail(invite.emailAddress, `Reminder: join ${ctx.festival.name} on Stagehand`, `<p>Your invitation is waiting.</p>`);
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateStaffContact(phone: string, providedUserId?: string) {
  const ctx = await requireStaff();
  const userId = providedUserId ?? ctx.userId;
  // ruleid: missing-authorization
  await db.updateTable("staff_profiles").set({ phone }).where("user_id", "=", userId).where("festival_id", "=", ctx.festivalId).execute();
}

// ok: missing-auth, missing-input-validation
export async function updateMyRadioChannel(channel: number) {
  const ctx = await requireStaff();
  if (typeof channel !== "number" || !Number.isInteger(channel) || channel < 1 || channel > 16) throw new Error("Invalid channel");
  // ok: missing-authorization
  await db.updateTable("staff_profiles").set({ radio_channel: channel }).where("user_id", "=", ctx.userId).where("festival_id", "=", ctx.festivalId).execute();
}

// ok: missing-auth, missing-input-validation
export const staffDirectory = withFestival(async (_formData, ctx) => {
  // ok: missing-authorization
  const rows = await db.selectFrom("staff_profiles").select(["user_id", "display_name", "radio_channel"]).where("festival_id", "=", ctx.festivalId).execute();
  // ok: excessive-data-exposure
  return rows;
});
