import "server-only";
import { db } from "@/lib/db/kysely";
import { requireCentreStaff } from "@/lib/dal";

// Two helpers deep: loadStaffScope -> requireCentreStaff (redirects when signed out).
async function loadStaffScope() {
  const staff = await requireCentreStaff();
  return { centreId: staff.centreId, userId: staff.user.id, role: staff.role };
}

export async function staffScope() {
  return loadStaffScope();
}

export async function donorCard(donorId: string, centreId: string) {
  return db
    .selectFrom("donors")
    .select(["id", "fullName", "bloodType", "smsOptIn"])
    .where("id", "=", donorId)
    .where("centreId", "=", centreId)
    .executeTakeFirst();
}
