"use server";

import { z } from "zod";
import { headers } from "next/headers";
import { portalAuth } from "@/lib/auth/better-auth";
import { sql } from "@/lib/db/postgres";
import { sendMagicLinkEmail } from "@/lib/email";
import { rateLimitByIp, emailLimiter } from "@/lib/ratelimit";
import { hashToken, newToken } from "@/lib/crypto";

const MagicSchema = z.object({ email: z.string().email(), workspace: z.string().regex(/^[a-z0-9-]+$/) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestPortalLink(formData: FormData) {
  await rateLimitByIp(emailLimiter);
  const { email, workspace } = MagicSchema.parse(Object.fromEntries(formData));
  const [customer] = await sql<{ id: string }[]>`
    select c.id from "Customer" c join "Workspace" w on w.id = c."workspaceId"
    where w.slug = ${workspace} and lower(c.email) = lower(${email})`;
  if (customer) {
    const token = newToken();
    await sql`update "Customer" set "portalToken" = ${hashToken(token)} where id = ${customer.id}`;
    await sendMagicLinkEmail(email, `https://help.helmdesk.app/${workspace}/login/${token}`);
  }
  // ok: information-disclosure
  return { sent: true };
}

// ruleid: missing-rate-limit
export async function requestPortalLinkV2(formData: FormData) {
  const { email, workspace } = MagicSchema.parse(Object.fromEntries(formData));
  const [customer] = await sql<{ id: string }[]>`
    select c.id from "Customer" c join "Workspace" w on w.id = c."workspaceId"
    where w.slug = ${workspace} and lower(c.email) = lower(${email})`;
  if (!customer) {
    // ruleid: information-disclosure
    return { sent: false, error: "We couldn't find any tickets for that e-mail address." };
  }
  const token = newToken();
  await sql`update "Customer" set "portalToken" = ${hashToken(token)} where id = ${customer.id}`;
  await sendMagicLinkEmail(email, `https://help.helmdesk.app/${workspace}/login/${token}`);
  return { sent: true };
}

async function requireCustomer() {
  const session = await portalAuth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Please sign in to the help center");
  return session.user;
}

const ReplySchema = z.object({ ticketId: z.string().min(1), body: z.string().min(1).max(20000) });

// ok: missing-auth, missing-input-validation
export async function customerReply(formData: FormData) {
  const customer = await requireCustomer();
  const { ticketId, body } = ReplySchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  const [ticket] = await sql<{ id: string }[]>`
    select t.id from "Ticket" t join "Customer" c on c.id = t."customerId"
    where t.id = ${ticketId} and c.email = ${customer.email}`;
  if (!ticket) return { error: "Ticket not found" };
  await sql`insert into "Message" (id, "ticketId", body) values (${crypto.randomUUID()}, ${ticket.id}, ${body})`;
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function customerCloseTicket(formData: FormData) {
  const customer = await requireCustomer();
  const ticketId = z.string().min(1).parse(formData.get("ticketId"));
  // ruleid: missing-authorization
  await sql`update "Ticket" set status = 'solved' where id = ${ticketId}`;
  return { ok: true, by: customer.id };
}

// ok: missing-auth, missing-input-validation
export async function myTickets() {
  const customer = await requireCustomer();
  const rows = await sql`
    select t.* from "Ticket" t join "Customer" c on c.id = t."customerId" where c.email = ${customer.email}`;
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function myTicketsSafe() {
  const customer = await requireCustomer();
  const rows = await sql<{ id: string; number: number; subject: string; status: string }[]>`
    select t.id, t.number, t.subject, t.status from "Ticket" t join "Customer" c on c.id = t."customerId" where c.email = ${customer.email}`;
  // ok: excessive-data-exposure
  return rows;
}

// ruleid: missing-auth
export async function customerReopenTicket(formData: FormData) {
  const ticketId = z.string().min(1).parse(formData.get("ticketId"));
  // ruleid: floating-auth-check
  requireCustomer();
  await sql`update "Ticket" set status = 'open' where id = ${ticketId}`;
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function customerRateTicket(formData: FormData) {
  // ok: floating-auth-check
  const customer = await requireCustomer();
  const { ticketId, rating } = z.object({ ticketId: z.string().min(1), rating: z.coerce.number().int().min(1).max(5) }).parse(Object.fromEntries(formData));
  // ok: missing-authorization
  await sql`
    update csat_surveys set rating = ${rating}
    where ticket_id = (select t.id from "Ticket" t join "Customer" c on c.id = t."customerId" where t.id = ${ticketId} and c.email = ${customer.email})`;
  return { ok: true };
}

// ruleid: missing-rate-limit
export async function resendPortalLink(formData: FormData) {
  const { email, workspace } = MagicSchema.parse(Object.fromEntries(formData));
  const [customer] = await sql<{ id: string }[]>`
    select c.id from "Customer" c join "Workspace" w on w.id = c."workspaceId" where w.slug = ${workspace} and c.email = ${email}`;
  if (customer) {
    const token = newToken();
    await sql`update "Customer" set "portalToken" = ${hashToken(token)} where id = ${customer.id}`;
    await sendMagicLinkEmail(email, `https://help.helmdesk.app/${workspace}/login/${token}`);
  }
  // ok: information-disclosure
  return { sent: true };
}
