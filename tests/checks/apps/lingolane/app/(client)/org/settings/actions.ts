"use server";

import { z } from "zod";
import * as yup from "yup";
import { prisma } from "@/lib/db/prisma";
import { withOrgOwner, withOrg, validatedActionWithUser } from "@/lib/wrappers";
import { getMembership } from "@/lib/auth/org";

const settingsSchema = z.object({
  name: z.string().min(2).max(80),
  billingEmail: z.string().email().optional(),
});

// ok: missing-auth, missing-input-validation
export const updateOrgSettings = withOrgOwner(async (formData, ctx) => {
  const data = settingsSchema.parse(Object.fromEntries(formData));
  await prisma.organization.update({
    // ok: missing-authorization
    where: { id: ctx.orgId },
    // ok: mass-assignment
    data,
  });
  return { success: "Saved" };
});

// ok: missing-auth
// ruleid: missing-input-validation
export const updateOrgProfile = withOrgOwner(async (formData, ctx) => {
  await prisma.organization.update({
    // ok: missing-authorization
    where: { id: ctx.orgId },
    // ruleid: mass-assignment
    data: Object.fromEntries(formData),
  });
  return { success: "Saved" };
});

const slugSchema = yup.object({ slug: yup.string().matches(/^[a-z0-9-]{3,40}$/).required() });

// ok: missing-auth, missing-input-validation
export const changeSlug = withOrg(async (formData, ctx) => {
  const { slug } = await slugSchema.validate({ slug: formData.get("slug") });
  if (ctx.role !== "OWNER") return { error: "Only owners can change the URL" };
  // ok: missing-authorization
  await prisma.organization.update({ where: { id: ctx.orgId }, data: { slug } });
  return { success: "Updated" };
});

const renameSchema = z.object({ orgId: z.string().cuid(), name: z.string().min(2).max(80) });

// ok: missing-auth, missing-input-validation
export const renameOrg = validatedActionWithUser(renameSchema, async (data, _formData, user) => {
  const membership = await getMembership(data.orgId, user.id);
  if (!membership || membership.role !== "OWNER") return { error: "Forbidden" };
  // ok: missing-authorization
  await prisma.organization.update({ where: { id: data.orgId }, data: { name: data.name } });
  return { success: "Renamed" };
});

const planSchema = z.object({ orgId: z.string().cuid(), plan: z.enum(["free", "team", "enterprise"]) });

// ok: missing-auth, missing-input-validation
export const changePlanPreview = validatedActionWithUser(planSchema, async (data, _formData, user) => {
  const membership = await getMembership(data.orgId, user.id);
  // ruleid: missing-authorization
  await prisma.organization.update({
    where: { id: data.orgId },
    // ruleid: mass-assignment
    data: { plan: data.plan },
  });
  return { success: `Plan changed (${membership?.role ?? "guest"})` };
});
