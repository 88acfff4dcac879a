"use server";

import { revalidatePath } from "next/cache";
import { sql } from "kysely";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { pool } from "@/lib/db/neon";
import { requireUser } from "@/lib/dal";
import { withUser } from "@/lib/safe-action";
import { isUuid } from "@/lib/validation";
import { indexDocument } from "@/lib/search";

// ruleid: missing-input-validation
export const createClient = withUser(async (user, formData: FormData) => {
  const fields = Object.fromEntries(formData);
  // ruleid: mass-assignment
  const row = await db.insertInto("clients").values({ ...fields, org_id: user.orgId } as never).returning(["id", "name"]).executeTakeFirstOrThrow();
  await indexDocument(user.orgId, row.id, "client", row.name, "");
  revalidatePath("/clients");
  return { id: row.id };
});

const clientSchema = z.object({
  name: z.string().trim().min(1).max(120),
  email: z.string().email().nullable(),
  address: z.string().max(500).nullable(),
  tax_id: z.string().max(40).nullable(),
  notes: z.string().max(2000).nullable(),
});

// ok: missing-authorization, missing-input-validation
export const updateClient = withUser(async (user, input: { id: string; values: unknown }) => {
  const id = z.string().uuid().parse(input.id);
  const values = clientSchema.partial().parse(input.values);
  // ok: mass-assignment
  await db.updateTable("clients").set({ ...values }).where("id", "=", id).where("org_id", "=", user.orgId).execute();
  revalidatePath(`/clients/${id}`);
  return { ok: true };
});

// The clients page is behind middleware.ts, so this was left without a session check.
// ruleid: missing-auth
export async function deleteClient(clientId: string) {
  if (typeof clientId !== "string" || !isUuid(clientId)) throw new Error("Invalid client id");
  await db.deleteFrom("invoices").where("client_id", "=", clientId).where("status", "=", "draft").execute();
  await db.deleteFrom("clients").where("id", "=", clientId).execute();
  revalidatePath("/clients");
}

// ruleid: missing-auth
export async function archiveClient(clientId: string) {
  // ruleid: floating-auth-check
  requireUser();
  if (typeof clientId !== "string" || !isUuid(clientId)) throw new Error("Invalid client id");
  await db.updateTable("clients").set({ archived_at: new Date() }).where("id", "=", clientId).execute();
  revalidatePath("/clients");
}

// ok: missing-input-validation
export const searchClients = withUser(async (user, query: string) => {
  if (typeof query !== "string" || query.length > 100) return [];
  // ruleid: sql-injection
  const { rows } = await sql<{ id: string; name: string; email: string | null }>`SELECT id, name, email FROM clients WHERE org_id = ${user.orgId} AND ${sql.raw(`(name ILIKE '%${query}%' OR email ILIKE '%${query}%')`)} ORDER BY name LIMIT 25`.execute(db);
  return rows;
});

// ok: missing-authorization, missing-input-validation
export const clientBalance = withUser(async (user, clientId: string) => {
  if (typeof clientId !== "string" || !isUuid(clientId)) throw new Error("Invalid client id");
  // ok: sql-injection
  const { rows } = await sql<{ balance: string }>`SELECT COALESCE(SUM(total_cents), 0)::bigint AS balance FROM invoices WHERE org_id = ${user.orgId} AND client_id = ${clientId} AND status = 'sent'`.execute(db);
  return { balance: Number(rows[0]?.balance ?? 0) };
});

// ok: missing-auth, missing-authorization
export async function getClientCard(clientId: string) {
  const user = await requireUser();
  if (typeof clientId !== "string" || !isUuid(clientId)) return null;
  const client = await db.selectFrom("clients").select(["id", "name", "email", "org_id"]).where("id", "=", clientId).executeTakeFirst();
  if (!client || client.org_id !== user.orgId) return null;
  return { id: client.id, name: client.name, email: client.email };
}

/** Warns about near-duplicate clients while typing a new name (pg_trgm similarity). */
// ok: missing-input-validation
export const findPossibleDuplicates = withUser(async (user, name: string) => {
  if (typeof name !== "string" || name.trim().length < 3 || name.length > 120) return [];
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT id, name FROM clients WHERE org_id = $1 AND similarity(name, '${name.trim()}') > 0.4 ORDER BY similarity(name, '${name.trim()}') DESC LIMIT 5`, [user.orgId]);
  return rows as Array<{ id: string; name: string }>;
});
