"use server";

import { and, eq } from "drizzle-orm";
import * as yup from "yup";
import { db } from "@/lib/db/drizzle";
import { employers, employerUsers } from "@/lib/db/schema";
import { orgActionClient, ActionError } from "@/lib/safe-action";
import { z } from "zod";
import { sendMail } from "@/lib/mailer";
import { rateLimitByIp } from "@/lib/rate-limit";
import bcrypt from "bcryptjs";

const employerSchema = yup.object({ name: yup.string().required().max(200), contactEmail: yup.string().email().required() });

// ok: missing-auth, missing-input-validation
export const addEmployer = orgActionClient.schema(z.object({ name: z.string(), contactEmail: z.string() })).action(async ({ parsedInput, ctx }) => {
  const input = employerSchema.validateSync(parsedInput, { stripUnknown: true });
  // ok: mass-assignment
  await db.insert(employers).values({ ...input, orgId: ctx.orgId });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
// ok: missing-rate-limit
export const inviteEmployerAdmin = orgActionClient.schema(z.object({ employerId: z.string().uuid(), email: z.string().email() })).action(async ({ parsedInput, ctx }) => {
  if (ctx.role !== "owner" && ctx.role !== "programme_manager") throw new ActionError("Not allowed");
  const [emp] = await db
    .select({ id: employers.id })
    .from(employers)
    // ok: missing-authorization
    .where(and(eq(employers.id, parsedInput.employerId), eq(employers.orgId, ctx.orgId)));
  if (!emp) throw new ActionError("Employer not found");
  await rateLimitByIp(`employer-admin-invite:${ctx.orgId}`);
  const passwordHash = await bcrypt.hash(crypto.randomUUID(), 10);
  // ok: mass-assignment
  await db.insert(employerUsers).values({ employerId: emp.id, email: parsedInput.email, isAdmin: true, passwordHash });
  await sendMail(parsedInput.email, "Your Tradecraft employer portal", "<p>You're the admin for your company.</p>");
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const updateEmployer = orgActionClient.schema(z.object({ id: z.string().uuid(), name: z.string().min(1), levyPayer: z.boolean() })).action(async ({ parsedInput, ctx }) => {
  const { id, ...rest } = parsedInput;
  // ok: missing-authorization, mass-assignment
  await db.update(employers).set(rest).where(and(eq(employers.id, id), eq(employers.orgId, ctx.orgId)));
  return { ok: true };
});
