"use server";

import { z } from "zod";
import { pool } from "@/lib/db/pg";
import { prisma } from "@/lib/db/prisma";
import { getSupportSession, requireSupportAgent } from "@/lib/auth/iron";
import { sendMail } from "@/lib/mailer";
import { rateLimitByIp } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function lookupCustomer(email: unknown) {
  await requireSupportAgent();
  const e = z.string().email().parse(email);
  // ok: missing-authorization -- (todook until pass 26, no longer reported)
  const user = await prisma.user.findUnique({
    where: { email: e },
    select: { id: true, email: true, name: true, platformRole: true, twoFactorEnabled: true },
  });
  // ok: excessive-data-exposure
  return user;
}

// ok: missing-auth, missing-input-validation
export async function ticketHistory(orgId: unknown, sort: unknown) {
  await requireSupportAgent();
  const id = z.string().cuid().parse(orgId);
  const dir = sort === "asc" ? "ASC" : "DESC";
  // ok: sql-injection
  // ok: missing-authorization -- (todook until pass 26, no longer reported)
  const { rows } = await pool.query(`SELECT id, subject, status FROM tickets WHERE org_id = $1 ORDER BY created_at ${dir}`, [id]);
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function searchTickets(term: string) {
  await requireSupportAgent();
  // ruleid: sql-injection
  // ok: missing-authorization -- (todook until pass 26, no longer reported)
  const { rows } = await pool.query(`SELECT id, subject, status FROM tickets WHERE subject ILIKE '%${term}%' LIMIT 50`);
  return rows;
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function replyToCustomer(ticketId: unknown, body: unknown) {
  const agent = await requireSupportAgent();
  const input = z.object({ ticketId: z.string().uuid(), body: z.string().min(1).max(10_000) }).parse({ ticketId, body });
  await rateLimitByIp(`support-reply:${agent.agentId}`, 30);
  // ok: sql-injection
  // ok: missing-authorization -- (todook until pass 26, no longer reported)
  const { rows } = await pool.query("SELECT customer_email FROM tickets WHERE id = $1", [input.ticketId]);
  if (!rows[0]) return { error: "Ticket not found" };
  await sendMail(rows[0].customer_email, "Re: your Lingolane ticket", input.body);
  return { ok: true };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function closeTicket(ticketId: unknown) {
  const session = await getSupportSession();
  const id = z.string().uuid().parse(ticketId);
  // ok: sql-injection
  await pool.query("UPDATE tickets SET status = 'closed', closed_by = $2 WHERE id = $1", [id, session.agentId ?? null]);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function impersonateCustomer(userId: unknown) {
  const agent = await requireSupportAgent();
  if (agent.level !== "lead") throw new Error("Leads only");
  const id = z.string().cuid().parse(userId);
  await auditLog({ actorId: agent.agentId, action: "support.impersonate", target: id });
  const session = await getSupportSession();
  (session as any).impersonating = id;
  await session.save();
  return { ok: true };
}
