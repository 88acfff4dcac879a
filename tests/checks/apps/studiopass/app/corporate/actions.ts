"use server";

import { z } from "zod";
import { createServerAction } from "zsa";
import { clerkClient, currentUser } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db";
import { stripe } from "@/lib/stripe";
import { corporateProcedure, hrAdminProcedure } from "@/lib/zsa";
import { ratelimit } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/mail";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export const buyCredits = hrAdminProcedure
  .createServerAction()
  .input(z.object({ credits: z.number().int().min(10).max(10_000) }))
  .handler(async ({ input, ctx }) => {
    const checkout = await stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ price: process.env.STRIPE_CREDIT_PRICE_ID, quantity: input.credits }],
      metadata: { corporateClientId: ctx.corporateClientId },
      success_url: "https://studiopass.app/corporate?paid=1",
      cancel_url: "https://studiopass.app/corporate",
    });
    // ok: excessive-data-exposure
    return { url: checkout.url };
  });

// ok: missing-auth, missing-input-validation
export const allocateCredits = hrAdminProcedure
  .createServerAction()
  .input(z.object({ employeeId: z.string().cuid(), credits: z.number().int().min(0).max(500) }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const { count } = await prisma.corporateEmployee.updateMany({
      where: { id: input.employeeId, corporateClientId: ctx.corporateClientId },
      // ok: mass-assignment -- policy (pass 20) exempts it (the `hrAdminProcedure` org-admin gate, update scoped to the caller's corporate client); fixed in pass 42: a zsa procedure's role test is a role gate
      data: { credits: input.credits },
    });
    return { updated: count };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const inviteEmployee = hrAdminProcedure
  .createServerAction()
  .input(z.object({ email: z.string().email(), name: z.string().max(80).optional() }))
  .handler(async ({ input, ctx }) => {
    const { success } = await ratelimit.limit(`corp-invite:${ctx.corporateClientId}`);
    if (!success) throw new Error("Too many invitations, try again later.");
    // ok: mass-assignment
    await prisma.corporateEmployee.create({ data: { corporateClientId: ctx.corporateClientId, email: input.email, name: input.name } });
    await sendEmail(input.email, "Your company gave you fitness credits", "<p>Download the Studiopass app to book.</p>");
    return { ok: true };
  });

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export const addHrAdmin = hrAdminProcedure
  .createServerAction()
  .input(z.object({ clerkUserId: z.string().startsWith("user_") }))
  .handler(async ({ input, ctx }) => {
    const clerk = await clerkClient();
    await clerk.organizations.createOrganizationMembership({ organizationId: ctx.orgId!, userId: input.clerkUserId, role: "org:admin" });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const removeEmployee = hrAdminProcedure
  .createServerAction()
  .input(z.object({ employeeId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    await prisma.corporateEmployee.updateMany({ where: { id: input.employeeId, corporateClientId: ctx.corporateClientId }, data: { active: false, credits: 0 } });
    await auditLog({ actorId: ctx.userId, action: "corporate.employee_removed", target: input.employeeId });
    return { ok: true };
  });

// Dashboard widget; the HR portal page already requires a Clerk session.
// ruleid: missing-auth
// ok: missing-input-validation
export const getEmployeeUsage = createServerAction()
  .input(z.object({ corporateClientId: z.string().cuid() }))
  .handler(async ({ input }) => {
    const employees = await prisma.corporateEmployee.findMany({
      where: { corporateClientId: input.corporateClientId },
      select: { id: true, email: true, credits: true, active: true },
    });
    // ok: excessive-data-exposure
    return employees;
  });

// ok: missing-auth, missing-input-validation
export const myCorporateCredits = corporateProcedure
  .createServerAction()
  .handler(async ({ ctx }) => {
    const user = await currentUser();
    const email = user?.primaryEmailAddress?.emailAddress;
    if (!email) return { credits: 0 };
    // ok: missing-authorization
    const rows = await prisma.corporateEmployee.findMany({ where: { email, active: true }, select: { credits: true } });
    // ok: excessive-data-exposure
    return { credits: rows.reduce((n, r) => n + r.credits, 0), orgId: ctx.orgId };
  });
