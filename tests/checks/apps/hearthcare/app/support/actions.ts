"use server";

import { z } from "zod";
import type { RowDataPacket } from "mysql2";
import { requireSupportAgent, getSupportSession } from "@/lib/iron";
import { mysqlPool } from "@/lib/db/mysql";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function searchAgencies(term: string) {
  await requireSupportAgent();
  const q = z.string().min(2).max(80).parse(term);
  // ok: sql-injection
  const [rows] = await mysqlPool.query<RowDataPacket[]>("SELECT id, name, plan FROM agencies WHERE name LIKE ? LIMIT 50", [`%${q}%`]);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, name: r.name, plan: r.plan }));
}

// ok: missing-auth, missing-input-validation
export async function ticketsByStatus(status: string) {
  await requireSupportAgent();
  if (typeof status !== "string") throw new Error("bad status");
  // ruleid: sql-injection
  const [rows] = await mysqlPool.query<RowDataPacket[]>(`SELECT id, subject, agency_id FROM support_tickets WHERE status = '${status}' ORDER BY created_at DESC`);
  return rows.map((r) => ({ id: r.id, subject: r.subject, agencyId: r.agency_id }));
}

// ok: missing-auth, missing-input-validation
export async function getTicket(ticketId: number) {
  await requireSupportAgent();
  const id = z.number().int().parse(ticketId);
  const [rows] = await mysqlPool.execute<RowDataPacket[]>("SELECT * FROM support_tickets WHERE id = ?", [id]);
  // ruleid: excessive-data-exposure
  return rows[0];
}

// Platform admin action: move an agency to the enterprise plan (support tier "eng" only).
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function upgradeAgencyToEnterprise(agencyId: string) {
  const agent = await requireSupportAgent("eng");
  const id = z.string().cuid().parse(agencyId);
  // ok: missing-authorization, mass-assignment
  await prisma.agency.update({ where: { id }, data: { plan: "enterprise" } });
  await auditLog({ actorId: agent.agentId!, action: "support.set_plan", target: id, meta: { plan: "enterprise" } });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function grantPlatformAdmin(userId: string) {
  await requireSupportAgent("eng");
  const id = z.string().cuid().parse(userId);
  // ok: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id }, data: { isPlatformAdmin: true } });
}

// Quick note on a ticket. Session is loaded but only used for the author name.
// ruleid: missing-auth
// ok: missing-input-validation
export async function addTicketNote(ticketId: number, note: string) {
  const session = await getSupportSession();
  const input = z.object({ ticketId: z.number().int(), note: z.string().max(4000) }).parse({ ticketId, note });
  await mysqlPool.execute("INSERT INTO ticket_notes (ticket_id, author, body) VALUES (?, ?, ?)", [input.ticketId, session.agentEmail ?? "unknown", input.note]);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteUserAccount(userId: string) {
  const agent = await requireSupportAgent("l2");
  const id = z.string().cuid().parse(userId);
  await auditLog({ actorId: agent.agentId!, action: "support.user_deleted", target: id });
  // ok: missing-authorization
  await prisma.user.delete({ where: { id } });
}
