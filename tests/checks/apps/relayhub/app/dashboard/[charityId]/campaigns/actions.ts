"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { authActionClient, ActionError } from "@/lib/safe-action";
import { requireCharityRole, canManageCampaign, FUNDRAISING_ROLES } from "@/lib/authz";
import { verifySession } from "@/lib/dal";
import { CampaignInput, Cuid } from "@/lib/validation";

const slugify = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, 60);

// ok: missing-auth, missing-input-validation
export const createCampaign = authActionClient
  .metadata({ actionName: "campaign.create" })
  .inputSchema(CampaignInput.extend({ charityId: Cuid }))
  .action(async ({ parsedInput, ctx }) => {
    const { charityId, ...fields } = parsedInput;
    await requireCharityRole(charityId, FUNDRAISING_ROLES);
    const campaign = await prisma.campaign.create({
      // ok: mass-assignment
      data: { ...fields, charityId, slug: slugify(fields.title), createdById: ctx.userId },
      select: { id: true, slug: true },
    });
    revalidatePath(`/dashboard/${charityId}/campaigns`);
    // ok: excessive-data-exposure
    return campaign;
  });

const UpdateCampaign = CampaignInput.partial().extend({ campaignId: Cuid });

// ok: missing-auth, missing-input-validation
export const updateCampaign = authActionClient
  .metadata({ actionName: "campaign.update" })
  .inputSchema(UpdateCampaign)
  .action(async ({ parsedInput: { campaignId, ...patch }, ctx }) => {
    // ruleid: floating-auth-check
    if (!canManageCampaign(ctx.userId, campaignId)) {
      throw new ActionError("You can't edit this campaign.");
    }
    // ruleid: missing-authorization
    await prisma.campaign.update({
      where: { id: campaignId },
      // ok: mass-assignment
      data: patch,
    });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const archiveCampaign = authActionClient
  .metadata({ actionName: "campaign.archive" })
  .inputSchema(z.object({ campaignId: Cuid }))
  .action(async ({ parsedInput: { campaignId }, ctx }) => {
    // ok: floating-auth-check
    if (!(await canManageCampaign(ctx.userId, campaignId))) {
      throw new ActionError("You can't archive this campaign.");
    }
    // ok: missing-authorization
    await prisma.campaign.update({ where: { id: campaignId }, data: { status: "archived" } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const launchCampaign = authActionClient
  .metadata({ actionName: "campaign.launch" })
  .inputSchema(z.object({ campaignId: Cuid }))
  .action(async ({ parsedInput: { campaignId }, ctx }) => {
    // ruleid: floating-auth-check
    const allowed = canManageCampaign(ctx.userId, campaignId);
    if (!allowed) throw new ActionError("Not allowed");
    // ruleid: missing-authorization
    await prisma.campaign.update({ where: { id: campaignId }, data: { status: "live" } });
    return { ok: true };
  });

/** Used with .bind(null, campaign.id) from the campaign page. */
// ok: missing-auth, missing-input-validation
export async function duplicateCampaign(campaignId: string, _formData: FormData) {
  const { userId } = await verifySession();
  const id = Cuid.parse(campaignId);
  const source = await prisma.campaign.findUnique({
    where: { id },
    select: { charityId: true, title: true, story: true, goalPence: true, restricted: true, fundId: true },
  });
  if (!source) throw new Error("Campaign not found");
  await requireCharityRole(source.charityId, FUNDRAISING_ROLES);
  const { charityId, title, ...rest } = source;
  // ok: missing-authorization
  const copy = await prisma.campaign.create({
    data: { ...rest, charityId, title: `${title} (copy)`, slug: `${slugify(title)}-copy-${Date.now()}`, createdById: userId },
    select: { id: true },
  });
  revalidatePath(`/dashboard/${charityId}/campaigns`);
  // ok: excessive-data-exposure
  return copy;
}

// ok: missing-auth, missing-input-validation
export async function getCampaignForEdit(charityId: string, campaignId: string) {
  const ctx = await requireCharityRole(charityId, FUNDRAISING_ROLES);
  const id = Cuid.parse(campaignId);
  // ok: missing-authorization
  const campaign = await prisma.campaign.findFirst({ where: { id, charityId: ctx.charityId } });
  // ruleid: excessive-data-exposure
  return campaign;
}

// ok: missing-auth, missing-input-validation
export async function listCampaigns(charityId: string) {
  const ctx = await requireCharityRole(charityId, ["owner", "executive_director", "fundraising_manager", "grant_writer", "viewer"]);
  const rows = await prisma.campaign.findMany({
    where: { charityId: ctx.charityId },
    select: { id: true, title: true, status: true, goalPence: true },
  });
  // ok: excessive-data-exposure
  return rows;
}
