"use server";

import { Prisma } from "@prisma/client";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { sendMail } from "@/lib/mailer";
import { rateLimitByKey } from "@/lib/rate-limit";
import { renewalsWithin } from "@/lib/reports/sql";

const WINDOWS = { "30": 30, "60": 60, "90": 90 } as const;

// ok: missing-auth, missing-input-validation
export async function upcomingRenewals(window: keyof typeof WINDOWS) {
  const session = await verifySession();
  const days = WINDOWS[window] ?? 30;
  // ok: sql-injection, missing-authorization
  const rows = await prisma.$queryRawUnsafe<{ id: string; title: string }[]>(`SELECT id, title FROM contracts WHERE workspace_id = $1 AND renewal_date < now() + interval '${days} days'`, session.workspaceId);
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function renewalsByCounterparty(name: string) {
  const session = await verifySession();
  const counterparty = z.string().min(1).max(200).parse(name);
  // ok: sql-injection, missing-authorization
  const rows = await prisma.$queryRaw<{ id: string; title: string }[]>(Prisma.sql`SELECT id, title FROM contracts WHERE workspace_id = ${session.workspaceId} AND counterparty_name = ${counterparty}`);
  // ok: excessive-data-exposure
  return rows;
}

// why: filter.field is never checked before reaching the SQL text
// ruleid: missing-input-validation
// ok: missing-auth
export async function renewalsMatching(filter: { field: string; value: string }) {
  const session = await verifySession();
  const value = z.string().max(200).parse(filter.value);
  // why: filter.field (client) is interpolated as a column name into $queryRawUnsafe
  // ruleid: sql-injection
  const rows = await prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM contracts WHERE workspace_id = $1 AND ${filter.field} = $2`, session.workspaceId, value);
  // ok: excessive-data-exposure
  return rows.map((r) => r.id);
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function emailRenewalDigest() {
  const session = await verifySession();
  await rateLimitByKey(`digest:${session.userId}`);
  const rows = await renewalsWithin(session.workspaceId, 30);
  await sendMail({ to: `${session.userId}@users.clauseway.app`, subject: "Renewals in the next 30 days", html: rows.map((r) => `<li>${r.title}</li>`).join("") });
  return { count: rows.length };
}
