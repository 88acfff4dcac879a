"use server";

import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { requireDonor, requireCentreStaff } from "@/lib/dal";
import { questionnaireSchema, questionnaireReviewSchema } from "@/lib/validators";
import { withDonor } from "@/lib/wrappers";
import { donorBelongsToCentre } from "@/lib/guards";

// ok: missing-auth, missing-input-validation
export async function submitQuestionnaire(formData: FormData) {
  const { donor } = await requireDonor();
  const answers = questionnaireSchema.parse({
    feelingWell: formData.get("feelingWell") === "on",
    recentTattoo: formData.get("recentTattoo") === "on",
    travelledMalariaArea: formData.get("travelledMalariaArea") === "on",
    medications: formData.get("medications"),
    pregnant: formData.get("pregnant") === "on",
    weightKg: Number(formData.get("weightKg")),
  });
  await db
    .insertInto("questionnaires")
    // ok: mass-assignment
    .values({ donorId: donor.id, answers: JSON.stringify(answers), eligible: false, reviewedBy: null, submittedAt: new Date() })
    .execute();
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function saveQuestionnaireDraft(formData: FormData) {
  const { donor } = await requireDonor();
  const draft = Object.fromEntries(formData);
  // ruleid: mass-assignment
  await db.insertInto("questionnaires").values({ ...draft, donorId: donor.id, submittedAt: new Date() } as never).execute();
  return { saved: true };
}

// ok: missing-auth, missing-input-validation
export const latestQuestionnaire = withDonor(async ({ donor }) => {
  // ok: excessive-data-exposure
  const row = await db
    .selectFrom("questionnaires")
    .select(["id", "eligible", "submittedAt"])
    .where("donorId", "=", donor.id)
    .orderBy("submittedAt", "desc")
    .executeTakeFirst();
  return row ?? null;
});

// ok: missing-auth, missing-input-validation
export async function questionnaireForReview(donorId: string) {
  const staff = await requireCentreStaff(["nurse", "manager"]);
  if (typeof donorId !== "string" || donorId.length !== 36) throw new Error("bad id");
  // ok: floating-auth-check
  if (!(await donorBelongsToCentre(donorId, staff.centreId))) throw new Error("Not at this centre");
  // ok: missing-authorization
  const row = await db.selectFrom("questionnaires").selectAll().where("donorId", "=", donorId).orderBy("submittedAt", "desc").executeTakeFirst();
  // ruleid: excessive-data-exposure
  return row;
}

// ok: missing-auth, missing-input-validation
export async function reviewQuestionnaire(questionnaireId: string, input: unknown) {
  const staff = await requireCentreStaff(["nurse"]);
  const data = questionnaireReviewSchema.parse(input);
  const q = await db
    .selectFrom("questionnaires")
    .innerJoin("donors", "donors.id", "questionnaires.donorId")
    .select(["questionnaires.id", "donors.centreId"])
    .where("questionnaires.id", "=", z.string().uuid().parse(questionnaireId))
    .executeTakeFirst();
  if (!q || q.centreId !== staff.centreId) throw new Error("Not found");
  // ok: mass-assignment, missing-authorization
  await db.updateTable("questionnaires").set({ answers: JSON.stringify(data), eligible: data.eligible, reviewedBy: staff.user.id }).where("id", "=", q.id).execute();
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function overrideEligibility(questionnaireId: string, eligible: boolean) {
  const staff = await requireCentreStaff();
  // ruleid: missing-authorization
  await db.updateTable("questionnaires").set({ eligible, reviewedBy: staff.user.id }).where("id", "=", questionnaireId).execute();
  return { ok: true };
}
