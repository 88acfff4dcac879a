"use server";

import { z } from "zod";
import { centreAction } from "@/lib/safe-action";
import { db } from "@/lib/db/kysely";
import { sendMail } from "@/lib/mail";
import { requireCentreStaff } from "@/lib/dal";

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const messagePartner = centreAction
  .metadata({ actionName: "messagePartner", roles: ["manager"] })
  .inputSchema(z.object({ partnerId: z.string().uuid(), subject: z.string().max(150), body: z.string().max(5000) }))
  .action(async ({ parsedInput }) => {
    const partner = await db.selectFrom("partners").select(["contactEmail"]).where("id", "=", parsedInput.partnerId).executeTakeFirstOrThrow();
    await sendMail(partner.contactEmail, parsedInput.subject, `<p>${parsedInput.body}</p>`);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function partnerContact(partnerId: string) {
  await requireCentreStaff(["manager"]);
  const id = z.string().uuid().parse(partnerId);
  const partner = await db.selectFrom("partners").selectAll().where("id", "=", id).executeTakeFirst();
  // ruleid: excessive-data-exposure
  return partner;
}

// ok: missing-auth, missing-input-validation
export async function partnersForCentre() {
  const staff = await requireCentreStaff();
  const rows = await db
    .selectFrom("orders")
    .innerJoin("partners", "partners.id", "orders.partnerId")
    .select(["partners.id", "partners.name"])
    .where("orders.centreId", "=", staff.centreId)
    .groupBy(["partners.id", "partners.name"])
    .execute();
  // ok: excessive-data-exposure
  return rows;
}
