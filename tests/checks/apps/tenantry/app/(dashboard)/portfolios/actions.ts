"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { withOrg, withRole, withAgencyContext } from "@/lib/wrappers";

const portfolioSchema = z.object({
  name: z.string().min(1).max(120),
  ownerName: z.string().min(1),
  ownerEmail: z.string().email(),
});

// ok: missing-auth, missing-input-validation, missing-authorization
export const createPortfolio = withRole(["OWNER", "ADMIN", "MANAGER"], async (formData, { agencyId }) => {
  const data = portfolioSchema.parse(Object.fromEntries(formData));
  const portfolio = await prisma.portfolio.create({
    data: {
      // ok: mass-assignment
      ...data,
      agencyId,
    },
    select: { id: true },
  });
  revalidatePath("/portfolios");
  return portfolio;
});

// ok: missing-auth, missing-input-validation
export const renamePortfolio = withOrg(async (formData, ctx) => {
  const { id, name } = z.object({ id: z.string().cuid(), name: z.string().min(1).max(120) }).parse({
    id: formData.get("id"),
    name: formData.get("name"),
  });
  // ok: missing-authorization, mass-assignment
  await prisma.portfolio.updateMany({ where: { id, agencyId: ctx.agencyId }, data: { name } });
  revalidatePath("/portfolios");
});

// ok: missing-auth, missing-input-validation
export const transferPortfolio = withOrg(async (formData, ctx) => {
  const { id, ownerEmail } = z.object({ id: z.string().cuid(), ownerEmail: z.string().email() }).parse({
    id: formData.get("id"),
    ownerEmail: formData.get("ownerEmail"),
  });
  if (ctx.role === "VIEWER") throw new Error("Read-only");
  // ruleid: missing-authorization
  await prisma.portfolio.update({ where: { id }, data: { ownerEmail } });
});

// ruleid: missing-input-validation
// ok: missing-auth
export const updatePortfolioOwner = withOrg(async (formData, ctx) => {
  const id = z.string().cuid().parse(formData.get("id"));
  const existing = await prisma.portfolio.findUnique({ where: { id }, select: { agencyId: true } });
  if (!existing || existing.agencyId !== ctx.agencyId) throw new Error("Not found");
  const { id: _drop, ...fields } = Object.fromEntries(formData);
  // ok: missing-authorization
  await prisma.portfolio.update({
    where: { id },
    // ruleid: mass-assignment
    data: fields,
  });
});

// ok: missing-auth, missing-input-validation
export const getPortfolio = withOrg(async (formData, { agencyId }) => {
  const id = z.string().cuid().parse(formData.get("id"));
  const portfolio = await prisma.portfolio.findFirst({ where: { id, agencyId }, include: { properties: true } });
  // ruleid: excessive-data-exposure
  return portfolio;
});

// ruleid: missing-auth
// ok: missing-input-validation
export const archivePortfolio = withAgencyContext(async (formData, ctx) => {
  const id = z.string().cuid().parse(formData.get("id"));
  await prisma.portfolio.update({ where: { id }, data: { name: `[archived by ${ctx.userId ?? "?"}]` } });
});
