"use server";

import { z } from "zod";
import { headers } from "next/headers";
import { portalActionClient, strictPortalClient, ActionError } from "@/lib/safe-action";
import { portalAuth } from "@/lib/better-auth";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { sendEmail } from "@/lib/email";
import { rateLimitByKey } from "@/lib/ratelimit";

// ok: missing-auth
export const portalListInvoices = strictPortalClient.action(async ({ ctx }) => {
  const { data, error } = await ctx.supabase
    .from("invoices")
    .select("id, number, status, total_cents, paid_cents, due_at")
    .eq("portal_user_id", ctx.portalUser.id)
    .order("due_at", { ascending: false });
  if (error) throw new ActionError("Could not load invoices");
  // ok: excessive-data-exposure
  return data;
});

// ok: missing-auth, missing-input-validation
export const portalGetMatter = strictPortalClient
  .inputSchema(z.object({ matterId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const { data } = await ctx.supabase.from("matters").select("*").eq("id", parsedInput.matterId).eq("portal_user_id", ctx.portalUser.id).single();
    // ruleid: excessive-data-exposure
    return data;
  });

// ok: missing-input-validation
// ruleid: missing-auth
export const portalUploadDocument = portalActionClient
  .inputSchema(z.object({ matterId: z.string().uuid(), fileName: z.string().max(255), storagePath: z.string().max(500) }))
  .action(async ({ parsedInput, ctx }) => {
    await ctx.supabase.from("portal_uploads").insert({
      matter_id: parsedInput.matterId,
      file_name: parsedInput.fileName,
      storage_path: parsedInput.storagePath,
      uploaded_by: ctx.portalUser?.id ?? null,
    });
    return { ok: true };
  });

// ok: missing-input-validation
// ruleid: missing-auth
export const portalDownloadStatement = portalActionClient
  .inputSchema(z.object({ statementId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const { data } = await ctx.supabase.storage.from("statements").createSignedUrl(`${ctx.portalUser?.id}/${parsedInput.statementId}.pdf`, 60);
    return { url: data?.signedUrl ?? null };
  });

// ok: missing-auth, missing-input-validation
export async function portalPayInvoice(invoiceId: string) {
  const session = await portalAuth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Please sign in");
  const id = z.string().cuid().parse(invoiceId);
  const portalUser = await prisma.portalUser.findUnique({ where: { email: session.user.email }, select: { clientId: true } });
  if (!portalUser) throw new Error("Please sign in");
  // ok: missing-authorization
  const invoice = await prisma.invoice.findFirst({ where: { id, clientId: portalUser.clientId }, select: { id: true, totalCents: true, paidCents: true } });
  if (!invoice) throw new Error("Invoice not found");
  const intent = await stripe.paymentIntents.create({ amount: invoice.totalCents - invoice.paidCents, currency: "usd", metadata: { invoiceId: invoice.id } });
  // ok: excessive-data-exposure
  return { clientSecret: intent.client_secret };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function portalMessageLawyer(_prev: unknown, formData: FormData) {
  const session = await portalAuth.api.getSession({ headers: await headers() });
  if (!session) return { error: "Please sign in" };
  if (!(await rateLimitByKey(`portal-msg:${session.user.id}`))) return { error: "Please wait a moment." };
  const { matterId, body } = z.object({ matterId: z.string().cuid(), body: z.string().min(1).max(5000) }).parse(Object.fromEntries(formData));
  const portalUser = await prisma.portalUser.findUnique({ where: { email: session.user.email }, select: { id: true, clientId: true } });
  const matter = await prisma.matter.findFirst({ where: { id: matterId, clientId: portalUser?.clientId ?? "__none__" }, select: { id: true, leadAttorneyId: true } });
  if (!matter || !portalUser) return { error: "Matter not found" };
  await prisma.message.create({ data: { matterId: matter.id, senderId: portalUser.id, body } });
  const lawyer = matter.leadAttorneyId ? await prisma.user.findUnique({ where: { id: matter.leadAttorneyId }, select: { email: true } }) : null;
  if (lawyer) await sendEmail(lawyer.email, "New client message", "<p>A client sent you a secure message.</p>");
  return { ok: true };
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function portalUpdateContact(_prev: unknown, formData: FormData) {
  const session = await portalAuth.api.getSession({ headers: await headers() });
  if (!session) return { error: "Please sign in" };
  const clientId = formData.get("clientId") as string;
  // ruleid: missing-authorization
  await prisma.client.update({ where: { id: clientId }, data: { email: formData.get("email") as string } });
  return { ok: true };
}
