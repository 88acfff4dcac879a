"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { pickupSites, subscriptions, members } from "@/db/schema";
import { coordinatorActionClient, farmActionClient, ActionError } from "@/lib/safe-action";
import { withFarm } from "@/lib/with-farm";
import { assertSiteHost } from "@/lib/guards";
import { sendMail } from "@/lib/mail";
import { ratelimit } from "@/lib/ratelimit";
import { searchMembers } from "@/lib/search";

async function siteEmails(siteId: string, farmId: string) {
  const rows = await db.select({ email: members.email }).from(subscriptions).innerJoin(members, eq(members.id, subscriptions.memberId)).where(and(eq(subscriptions.siteId, siteId), eq(subscriptions.farmId, farmId), eq(subscriptions.status, "active")));
  return rows.map((r) => r.email);
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const messageSite = coordinatorActionClient
  .metadata({ name: "messageSite" })
  .schema(z.object({ siteId: z.string().uuid(), message: z.string().min(1).max(1000) }))
  .action(async ({ parsedInput, ctx }) => {
    const emails = await siteEmails(parsedInput.siteId, ctx.farm.id);
    await sendMail(emails, `News from your pick-up site`, `<p>${parsedInput.message}</p>`);
    return { sent: emails.length };
  });

// Hosts (any member assigned as host of a site) can message their site too.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function hostBroadcast(siteId: string, message: string) {
  const input = z.object({ siteId: z.string().uuid(), message: z.string().min(1).max(1000) }).parse({ siteId, message });
  const { me } = await assertSiteHost(input.siteId);
  const emails = await siteEmails(input.siteId, me.farmId);
  await sendMail(emails, "A note from your site host", `<p>${input.message}</p>`);
  return { sent: emails.length };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const hostBroadcastLimited = withFarm(async ({ farm, member }, input: { siteId: string; message: string }) => {
  const data = z.object({ siteId: z.string().uuid(), message: z.string().min(1).max(1000) }).parse(input);
  const { success } = await ratelimit.limit(`host-msg:${member.id}`);
  if (!success) return { error: "Slow down" };
  // ok: missing-authorization
  const [site] = await db.select({ id: pickupSites.id }).from(pickupSites).where(and(eq(pickupSites.id, data.siteId), eq(pickupSites.farmId, farm.id), eq(pickupSites.hostMemberId, member.id))).limit(1);
  if (!site) return { error: "You don't host that site" };
  const emails = await siteEmails(site.id, farm.id);
  await sendMail(emails, "A note from your site host", `<p>${data.message}</p>`);
  return { sent: emails.length };
});

// ok: missing-auth, missing-input-validation
export const assignHost = farmActionClient
  .metadata({ name: "assignHost" })
  .schema(z.object({ siteId: z.string().uuid(), memberId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.member.role !== "coordinator" && ctx.member.role !== "owner") throw new ActionError("Coordinators only");
    try {
      // ok: missing-authorization
      await db.update(pickupSites).set({ hostMemberId: parsedInput.memberId }).where(and(eq(pickupSites.id, parsedInput.siteId), eq(pickupSites.farmId, ctx.farm.id)));
      return { ok: true };
    } catch (e) {
      // ruleid: information-disclosure
      return { error: (e as Error).message };
    }
  });

// ok: missing-auth, missing-input-validation
export const findMember = coordinatorActionClient
  .metadata({ name: "findMember" })
  .schema(z.object({ q: z.string().min(2).max(40), limit: z.number().int().min(1).max(50) }))
  .action(async ({ parsedInput, ctx }) => {
    const rows = await searchMembers(ctx.farm.id, parsedInput.q, parsedInput.limit);
    // ok: excessive-data-exposure
    return rows.map((r) => ({ id: r.id as string, name: r.full_name as string }));
  });

// ok: missing-auth, missing-input-validation
export async function siteRoster(siteId: string) {
  const id = z.string().uuid().parse(siteId);
  const { me, site } = await assertSiteHost(id);
  const rows = await db.select().from(subscriptions).innerJoin(members, eq(members.id, subscriptions.memberId)).where(and(eq(subscriptions.siteId, id), eq(subscriptions.farmId, site.farmId)));
  // ruleid: excessive-data-exposure
  return { host: me.id, rows };
}
