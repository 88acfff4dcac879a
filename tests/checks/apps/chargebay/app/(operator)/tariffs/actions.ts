"use server";

import { z } from "zod";
import * as yup from "yup";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { withOperator, withRole, withTenant } from "@/lib/wrappers";
import type { Member } from "@/lib/dal";

const TariffSchema = z.object({
  name: z.string().min(2).max(80),
  currency: z.enum(["EUR", "GBP", "SEK", "NOK", "DKK", "CHF"]),
  energyCents: z.coerce.number().int().min(0).max(500),
  idleFeeCents: z.coerce.number().int().min(0).max(200),
  idleGraceMins: z.coerce.number().int().min(0).max(240),
});

// ok: missing-auth, missing-input-validation
export const createTariff = withOperator("tariff.create", async (member: Member, formData: FormData) => {
  const parsed = TariffSchema.parse(Object.fromEntries(formData));
  const tariff = await prisma.tariff.create({
    // ok: mass-assignment
    data: { ...parsed, tenantId: member.tenantId },
    select: { id: true },
  });
  revalidatePath("/tariffs");
  // ok: excessive-data-exposure
  return tariff;
});

const touRules = yup.object({
  windows: yup
    .array(
      yup.object({
        days: yup.array(yup.number().min(0).max(6).required()).required(),
        from: yup.string().matches(/^\d{2}:\d{2}$/).required(),
        to: yup.string().matches(/^\d{2}:\d{2}$/).required(),
        energyCents: yup.number().integer().min(0).required(),
      }),
    )
    .max(12)
    .required(),
});

// Time-of-use windows for a tariff.
// ok: missing-auth, missing-input-validation
export const updateTimeOfUse = withRole(["owner", "admin", "network_manager"], async (member: Member, tariffId: string, rules: unknown) => {
  const id = z.string().cuid().parse(tariffId);
  const valid = await touRules.validate(rules, { stripUnknown: true });
  // ok: missing-authorization
  await prisma.tariff.update({ where: { id, tenantId: member.tenantId }, data: { rules: valid } });
  revalidatePath(`/tariffs/${id}`);
});

// Inline-edit grid on the tariff list sends back only changed cells.
// ok: missing-auth
// ruleid: missing-input-validation
export const patchTariff = withRole(["owner", "admin", "network_manager"], async (member: Member, tariffId: string, patch: Record<string, unknown>) => {
  // ok: missing-authorization
  await prisma.tariff.update({
    where: { id: tariffId, tenantId: member.tenantId },
    // ruleid: mass-assignment
    data: patch,
  });
  revalidatePath("/tariffs");
});

// Quick action from the tariff list; the tenant comes from the workspace switcher cookie.
// ruleid: missing-auth
// ok: missing-input-validation
export const activateTariff = withTenant(async (tenantId: string, tariffId: string) => {
  if (typeof tariffId !== "string" || !/^c[a-z0-9]{20,30}$/.test(tariffId)) throw new Error("Bad tariff id");
  await prisma.tariff.updateMany({ where: { id: tariffId, tenantId }, data: { activeFrom: new Date() } });
  revalidatePath("/tariffs");
});

// ok: missing-auth, missing-input-validation
export const setMemberDiscount = withOperator("tariff.member_discount", async (member: Member, tariffId: string, percent: number) => {
  const input = z.object({ tariffId: z.string().cuid(), percent: z.number().int().min(0).max(50) }).parse({ tariffId, percent });
  // ok: missing-authorization
  await prisma.tariff.updateMany({ where: { id: input.tariffId, tenantId: member.tenantId }, data: { memberDiscount: input.percent } });
});

// ok: missing-auth, missing-input-validation
export const getTariff = withRole(["owner", "admin", "network_manager", "finance", "viewer"], async (member: Member, tariffId: string) => {
  const id = z.string().cuid().parse(tariffId);
  // ok: missing-authorization
  const tariff = await prisma.tariff.findFirst({ where: { id, tenantId: member.tenantId } });
  // ok: excessive-data-exposure
  return tariff ? { id: tariff.id, name: tariff.name, currency: tariff.currency, energyCents: tariff.energyCents, rules: tariff.rules } : null;
});

// ok: missing-auth, missing-input-validation
export const duplicateTariff = withRole(["owner", "admin", "network_manager"], async (member: Member, tariffId: string) => {
  const id = z.string().cuid().parse(tariffId);
  const source = await prisma.tariff.findFirst({
    where: { id, tenantId: member.tenantId },
    select: { name: true, currency: true, energyCents: true, idleFeeCents: true, idleGraceMins: true, rules: true },
  });
  if (!source) throw new Error("Tariff not found");
  const copy = await prisma.tariff.create({
    // ok: mass-assignment
    data: { ...source, rules: source.rules ?? undefined, name: `${source.name} (copy)`, tenantId: member.tenantId },
    select: { id: true, name: true },
  });
  // ok: excessive-data-exposure
  return copy;
});
