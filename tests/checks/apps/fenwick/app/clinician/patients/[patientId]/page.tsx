import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { Patient } from "@/lib/models/Patient";
import { VisitNote } from "@/lib/models/VisitNote";
import { assertCareTeam } from "@/lib/permissions";
import { audit } from "@/lib/audit";
import { objectId } from "@/lib/validation/schemas";
import { NoteEditor } from "@/components/NoteEditor";
import { LabOrderForm } from "@/components/LabOrderForm";

export default async function PatientChart({ params }: { params: Promise<{ patientId: string }> }) {
  const { patientId } = await params;
  // ok: floating-auth-check
  const staff = await requireRole("clinician");
  if (!objectId.safeParse(patientId).success) notFound();
  // ok: floating-auth-check
  await assertCareTeam(staff.userId, patientId);
  await connectMongo();
  const patient = await Patient.findById(patientId).select("firstName lastName dateOfBirth allergies").lean();
  if (!patient) notFound();
  const notes = await VisitNote.find({ patient: patientId }).select("assessment plan signedAt createdAt").sort({ createdAt: -1 }).limit(10).lean();

  // ruleid: missing-input-validation -- value written through Mongo $addToSet
  // ok: missing-auth
  async function addAllergy(formData: FormData) {
    "use server";
    // ok: floating-auth-check
    await requireRole("clinician");
    const allergy = formData.get("allergy") as string;
    await connectMongo();
    // ok: missing-authorization
    await Patient.updateOne({ _id: patientId }, { $addToSet: { allergies: allergy } });
    revalidatePath(`/clinician/patients/${patientId}`);
  }

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function removeFromCareTeam(formData: FormData) {
    "use server";
    // ok: floating-auth-check
    const me = await requireRole("clinician");
    const staffId = objectId.parse(formData.get("staffId"));
    await connectMongo();
    // ok: missing-authorization
    await Patient.updateOne({ _id: patientId }, { $pull: { careTeam: staffId } });
    await audit({ actorId: me.userId, actorRole: me.role, action: "careteam.removed", target: patientId, meta: { staffId } });
    revalidatePath(`/clinician/patients/${patientId}`);
  }

  return (
    <section>
      <h1>
        {patient.firstName} {patient.lastName}
      </h1>
      <p>DOB {patient.dateOfBirth.toLocaleDateString("en-GB")}</p>
      <h2>Allergies</h2>
      <ul>{patient.allergies.map((a) => <li key={a}>{a}</li>)}</ul>
      <form action={addAllergy}>
        <input name="allergy" placeholder="e.g. penicillin" />
        <button type="submit">Add</button>
      </form>
      <form action={removeFromCareTeam}>
        <input type="hidden" name="staffId" value={staff.userId} />
        <button type="submit">Leave care team</button>
      </form>
      <h2>New note</h2>
      <NoteEditor patientId={patientId} />
      <h2>Order labs</h2>
      <LabOrderForm patientId={patientId} />
      <h2>Recent notes</h2>
      <ul>{notes.map((n) => <li key={String(n._id)}>{n.createdAt.toLocaleDateString("en-GB")}: {n.assessment}</li>)}</ul>
    </section>
  );
}
