import { requireRole } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { Prescription } from "@/lib/models/Prescription";
import { PrescriptionForm } from "@/components/PrescriptionForm";

export default async function PrescriptionsPage() {
  // ok: floating-auth-check
  const staff = await requireRole("clinician");
  await connectMongo();
  const drafts = await Prescription.find({ prescriber: staff.userId, status: "draft" }).select("drug dose frequency patient").lean();
  return (
    <section>
      <h1>Prescriptions</h1>
      <PrescriptionForm drafts={drafts.map((d) => ({ id: String(d._id), label: `${d.drug} ${d.dose} ${d.frequency}` }))} />
    </section>
  );
}
