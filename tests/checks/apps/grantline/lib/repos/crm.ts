import { crm } from "@/lib/db/mysql";

export async function upsertCrmContact(externalId: string, email: string, name: string) {
  // ok: sql-injection
  await crm.execute("INSERT INTO contacts (external_id, email, name) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE email = VALUES(email), name = VALUES(name)", [externalId, email, name]);
}

export async function findCrmContacts(field: string, value: string) {
  // ruleid: sql-injection
  const [rows] = await crm.query("SELECT external_id, email, name FROM contacts WHERE " + field + " = '" + value + "'");
  return rows;
}
