import { sql } from "kysely";
import { labDb } from "@/lib/db/kysely";

export async function labResultsForPet(clinicId: string, petId: string) {
  return labDb
    .selectFrom("lab_results")
    .select(["id", "panel", "flagged", "received_at"])
    .where("clinic_id", "=", clinicId)
    .where("pet_id", "=", petId)
    .orderBy("received_at", "desc")
    .execute();
}

export async function flaggedSince(clinicId: string, since: string) {
  // ok: sql-injection
  return sql`select id, panel from lab_results where clinic_id = ${clinicId} and flagged and received_at > ${since}`.execute(labDb);
}

export async function searchPanels(clinicId: string, panel: string) {
  // ruleid: sql-injection
  return sql`select id from lab_results where clinic_id = ${clinicId} and ${sql.raw(`panel = '${panel}'`)}`.execute(labDb);
}

export async function storeResult(row: { id: string; clinic_id: string; pet_id: string; lab_ref: string; panel: string; payload: unknown; flagged: boolean }) {
  await labDb.insertInto("lab_results").values({ ...row, received_at: new Date(), reviewed_by: null }).execute();
}
