"use server";

import { z } from "zod";
import { sql } from "@/lib/db";
import { openai } from "@/lib/ai";
import { isContractorOnJob } from "@/lib/dal";
import { authedProcedure, contractorProcedure, lookupProcedure } from "@/lib/zsa/procedures";
import { contractorProfileSchema, invoiceSchema, quoteSchema } from "@/lib/validation/contractors";

// ok: missing-auth, missing-input-validation
export const submitQuote = contractorProcedure
  .createServerAction()
  .input(quoteSchema)
  .handler(async ({ input, ctx }) => {
    // ok: floating-auth-check
    if (!(await isContractorOnJob(ctx.user.id, input.ticketId))) throw new Error("Not assigned to this job");
    // ok: missing-authorization, mass-assignment, sql-injection
    const [q] = await sql`
      insert into quotes (ticket_id, contractor_id, amount_cents, description, valid_until)
      values (${input.ticketId}, ${ctx.contractorId}, ${input.amountCents}, ${input.description}, now() + ${input.validDays} * interval '1 day')
      returning id
    `;
    // ok: excessive-data-exposure
    return { id: q.id as string };
  });

// ok: missing-auth, missing-input-validation
export const submitInvoice = contractorProcedure
  .createServerAction()
  .input(invoiceSchema)
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const [quote] = await sql<{ id: string; building_id: string }[]>`
      select q.id, t.building_id from quotes q join tickets t on t.id = q.ticket_id
       where q.id = ${input.quoteId} and q.contractor_id = ${ctx.contractorId} and q.status = 'accepted'
    `;
    if (!quote) throw new Error("Quote not found");
    // ok: mass-assignment, sql-injection
    await sql`
      insert into invoices (quote_id, contractor_id, building_id, amount_cents, pdf_path)
      values (${quote.id}, ${ctx.contractorId}, ${quote.building_id}, ${input.amountCents}, ${input.pdfPath})
    `;
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const updateContractorProfile = contractorProcedure
  .createServerAction()
  .input(contractorProfileSchema)
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization, mass-assignment, sql-injection
    await sql`
      update contractors set company_name = ${input.companyName}, trade = ${input.trade}, phone = ${input.phone},
             insurance_expires = ${input.insuranceExpires ?? null}
       where id = ${ctx.contractorId}
    `;
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const withdrawQuote = contractorProcedure
  .createServerAction()
  .input(z.object({ quoteId: z.string().uuid() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await sql`update quotes set status = 'withdrawn' where id = ${input.quoteId} and status = 'submitted'`;
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const acceptQuote = authedProcedure
  .createServerAction()
  .input(z.object({ quoteId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization, sql-injection
    const [row] = await sql`
      select q.id from quotes q join tickets t on t.id = q.ticket_id
      join memberships m on m.building_id = t.building_id and m.user_id = ${ctx.user.id} and m.role = 'manager' and m.revoked_at is null
      where q.id = ${input.quoteId}
    `;
    if (!row) throw new Error("Forbidden");
    // ok: sql-injection
    await sql`update quotes set status = 'accepted' where id = ${input.quoteId}`;
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const markInvoicePaid = authedProcedure
  .createServerAction()
  .input(z.object({ invoiceId: z.string().uuid() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await sql`update invoices set status = 'paid', paid_at = now() where id = ${input.invoiceId}`;
    return { ok: true };
  });

// Public contractor directory (trade + company name only).
// ok: missing-auth, missing-input-validation
export const searchContractors = lookupProcedure
  .createServerAction()
  .input(z.object({ trade: z.string().max(60) }))
  .handler(async ({ input }) => {
    // ok: sql-injection
    const rows = await sql`select id, company_name, trade from contractors where active and trade ilike ${"%" + input.trade + "%"} limit 25`;
    // ok: excessive-data-exposure
    return rows.map((r) => ({ id: r.id as string, companyName: r.company_name as string, trade: r.trade as string }));
  });

// ruleid: missing-auth -- zsa lookupProcedure loads the user but never rejects; private contractor row read (phone, bank details) by a client id
export const getContractorDetails = lookupProcedure
  .createServerAction()
  .input(z.object({ contractorId: z.string().uuid() }))
  .handler(async ({ input }) => {
    // ok: sql-injection
    const [row] = await sql`select * from contractors where id = ${input.contractorId}`;
    // ruleid: excessive-data-exposure
    return row;
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const draftQuoteDescription = contractorProcedure
  .createServerAction()
  .input(z.object({ ticketId: z.string().uuid(), notes: z.string().max(2000) }))
  .handler(async ({ input, ctx }) => {
    if (!(await isContractorOnJob(ctx.user.id, input.ticketId))) throw new Error("Not assigned");
    const res = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: "Turn contractor notes into a clear repair quote description." },
        { role: "user", content: input.notes },
      ],
    });
    return { text: res.choices[0]?.message?.content ?? "" };
  });

// ok: missing-auth
export const myJobs = contractorProcedure.createServerAction().handler(async ({ ctx }) => {
  // ok: sql-injection
  const rows = await sql`
    select t.id, t.title, t.unit, t.category, t.status, b.address
      from assignments a join tickets t on t.id = a.ticket_id join buildings b on b.id = t.building_id
     where a.contractor_id = ${ctx.contractorId} order by t.created_at desc
  `;
  // ok: excessive-data-exposure
  return rows;
});

// ok: missing-auth, missing-input-validation
export const reviseQuote = contractorProcedure
  .createServerAction()
  .input(z.object({ quoteId: z.string().uuid(), patch: z.record(z.string(), z.unknown()) }))
  .handler(async ({ input, ctx }) => {
    // ruleid: mass-assignment
    await sql`update quotes set ${sql(input.patch as Record<string, string>)} where id = ${input.quoteId} and contractor_id = ${ctx.contractorId}`;
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const reviseQuoteAmount = contractorProcedure
  .createServerAction()
  .input(z.object({ quoteId: z.string().uuid(), amountCents: z.number().int().positive(), description: z.string().max(4000) }))
  .handler(async ({ input, ctx }) => {
    const { quoteId, ...patch } = input;
    // ok: mass-assignment, missing-authorization, sql-injection
    await sql`update quotes set ${sql(patch, "amountCents", "description")} where id = ${quoteId} and contractor_id = ${ctx.contractorId}`;
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const getInvoice = authedProcedure
  .createServerAction()
  .input(z.object({ invoiceId: z.string().uuid() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    const [row] = await sql`select * from invoices where id = ${input.invoiceId}`;
    // ruleid: excessive-data-exposure
    return row;
  });
