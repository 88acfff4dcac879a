"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { authedProcedure, financeProcedure } from "@/lib/zsa";
import { getOrgMembership } from "@/lib/dal";
import { mailLimiter } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mail";
import { formatCents, newId } from "@/lib/utils";

async function nextInvoiceNumber() {
  const row = await db.selectFrom("invoices").select(db.fn.count<number>("id").as("n")).executeTakeFirstOrThrow();
  return `LW-${new Date().getFullYear()}-${String(Number(row.n) + 1).padStart(5, "0")}`;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const issueInvoice = financeProcedure
  .createServerAction()
  .input(
    z.object({
      organizationId: z.string().min(1).optional(),
      userId: z.string().min(1).optional(),
      amountCents: z.number().int().positive(),
      taxCents: z.number().int().min(0),
    }),
  )
  .handler(async ({ input }) => {
    const id = newId();
    // ok: missing-authorization
    await db
      .insertInto("invoices")
      .values({
        id,
        number: await nextInvoiceNumber(),
        organization_id: input.organizationId ?? null, // ok: missing-authorization -- fixed in pass 40 (I): finance role check in the chained zsa procedure credited
        user_id: input.userId ?? null, // ok: mass-assignment -- ambiguous (pass 40, K): finance sets the invoiced user, the action's purpose; not reported since pass 40 (I) credits the finance role check
        amount_cents: input.amountCents,
        tax_cents: input.taxCents,
        status: "open",
        issued_at: new Date(),
      })
      .execute();
    revalidatePath("/finance/invoices");
    return { id };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const voidInvoice = financeProcedure
  .createServerAction()
  .input(z.object({ invoiceId: z.string().uuid() }))
  .handler(async ({ input }) => {
    // ok: missing-authorization -- fixed in pass 40 (I): finance role check in the chained zsa procedure credited
    await db.updateTable("invoices").set({ status: "void" }).where("id", "=", input.invoiceId).execute();
    revalidatePath("/finance/invoices");
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const emailInvoice = financeProcedure
  .createServerAction()
  .input(z.object({ invoiceId: z.string().uuid(), to: z.string().email() }))
  .handler(async ({ input, ctx }) => {
    const { success } = await mailLimiter.limit(`invoice-mail:${ctx.user.id}`);
    if (!success) throw new Error("Mail limit reached");
    const inv = await db.selectFrom("invoices").select(["number", "amount_cents"]).where("id", "=", input.invoiceId).executeTakeFirstOrThrow(); // ok: missing-authorization -- fixed in pass 40 (I): finance role check in the chained zsa procedure credited
    await sendMail({ to: input.to, subject: `Loftwork invoice ${inv.number}`, html: `<p>Amount due: ${formatCents(inv.amount_cents)}</p>` });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const getInvoice = authedProcedure
  .createServerAction()
  .input(z.object({ invoiceId: z.string().uuid() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    const inv = await db
      .selectFrom("invoices")
      .select(["id", "number", "amount_cents", "tax_cents", "status", "issued_at"])
      .where("id", "=", input.invoiceId)
      .executeTakeFirst();
    return inv ?? null;
  });

// ok: missing-auth, missing-input-validation
export const getTeamInvoice = authedProcedure
  .createServerAction()
  .input(z.object({ invoiceId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    const inv = await db
      .selectFrom("invoices")
      .select(["id", "number", "amount_cents", "tax_cents", "status", "issued_at", "organization_id", "user_id"])
      .where("id", "=", input.invoiceId)
      .executeTakeFirst();
    if (!inv) return null;
    if (inv.user_id !== ctx.user.id) {
      const membership = inv.organization_id ? await getOrgMembership(inv.organization_id) : undefined;
      if (!membership) throw new Error("Not found");
    }
    // ok: excessive-data-exposure
    return { id: inv.id, number: inv.number, amountCents: inv.amount_cents, taxCents: inv.tax_cents, status: inv.status };
  });

// ok: missing-auth
export const listMyInvoices = authedProcedure.createServerAction().handler(async ({ ctx }) => {
  const rows = await db
    .selectFrom("invoices")
    .select(["id", "number", "amount_cents", "status", "issued_at"])
    .where("user_id", "=", ctx.user.id)
    .orderBy("issued_at", "desc")
    .execute();
  // ok: excessive-data-exposure
  return rows;
});

// ok: missing-auth
export const listAllInvoices = financeProcedure.createServerAction().handler(async () => {
  const rows = await db.selectFrom("invoices").selectAll().orderBy("issued_at", "desc").limit(200).execute();
  // ruleid: excessive-data-exposure
  return rows;
});
