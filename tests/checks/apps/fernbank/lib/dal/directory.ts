import "server-only";
import { sql } from "kysely";
import { kdb } from "@/lib/db/kysely";

export async function directoryForGarden(gardenId: string) {
  return kdb
    .selectFrom("member_directory")
    .select(["user_id", "display_name"])
    .select(sql<string | null>`case when show_phone then phone else null end`.as("phone"))
    .where("garden_id", "=", gardenId)
    .execute();
}

export async function directorySearch(gardenId: string, name: string) {
  // ok: sql-injection
  return sql<{ user_id: string; display_name: string }>`SELECT user_id, display_name FROM member_directory WHERE garden_id = ${gardenId} AND display_name ILIKE ${"%" + name + "%"}`.execute(kdb);
}

export async function directoryOrdered(gardenId: string, order: string) {
  // ruleid: sql-injection
  return sql<{ user_id: string }>`SELECT user_id, display_name FROM member_directory WHERE garden_id = ${gardenId} ORDER BY ${sql.raw(`display_name ${order}`)}`.execute(kdb);
}
