import { sql as dsql } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { crm } from "@/lib/db/mysql";

const ORDER = { recent: "created_at DESC", largest: "amount_cents DESC" } as const;

export async function topDonors(foundationId: string, order: keyof typeof ORDER, limit: number) {
  const n = Math.min(Math.max(Math.trunc(Number(limit)) || 10, 1), 100);
  // ok: sql-injection
  return db.execute(dsql`select donor_id, sum(amount_cents) as total from gifts where foundation_id = ${foundationId} group by donor_id order by ${dsql.raw(ORDER[order] ?? ORDER.recent)} limit ${n}`);
}

export async function donorsByTag(foundationId: string, tag: string) {
  // ruleid: sql-injection
  return db.execute(dsql.raw(`select d.id, d.name from donors d join donor_tags t on t.donor_id = d.id where t.foundation_id = '${foundationId}' and t.tag = '${tag}'`));
}

export async function crmHistory(email: string, fields: string[]) {
  const cols = fields.filter((f) => ["email", "name", "last_gift_at"].includes(f)).join(", ") || "email";
  // ok: sql-injection
  const [rows] = await crm.execute(`SELECT ${cols} FROM contacts WHERE email = ?`, [email]);
  return rows;
}

export async function crmNotes(contactId: string) {
  // ruleid: sql-injection
  const [rows] = await crm.execute(`SELECT body, created_at FROM notes WHERE contact_id = ${contactId} ORDER BY created_at DESC`);
  return rows;
}
