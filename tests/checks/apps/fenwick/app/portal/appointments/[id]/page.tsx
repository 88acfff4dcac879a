import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { verifySession } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { Appointment } from "@/lib/models/Appointment";
import { objectId } from "@/lib/validation/schemas";

export default async function AppointmentDetail({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // ok: floating-auth-check
  const { userId } = await verifySession();
  if (!objectId.safeParse(id).success) notFound();
  await connectMongo();
  const appt = await Appointment.findOne({ _id: id, patient: userId })
    .select("startsAt durationMin status reason")
    .populate("clinician", "name title")
    .lean();
  if (!appt) notFound();

  // ok: missing-auth, missing-input-validation
  async function cancel() {
    "use server";
    // ok: floating-auth-check
    const session = await verifySession();
    await connectMongo();
    // ok: missing-authorization
    await Appointment.updateOne({ _id: id, patient: session.userId }, { $set: { status: "cancelled" } });
    revalidatePath("/portal/appointments");
    redirect("/portal/appointments");
  }

  // ruleid: missing-input-validation
  // ok: missing-auth
  async function updateReason(formData: FormData) {
    "use server";
    // ok: floating-auth-check
    const session = await verifySession();
    const reason = formData.get("reason") as string;
    await connectMongo();
    // ok: missing-authorization, mass-assignment
    await Appointment.updateOne({ _id: id, patient: session.userId }, { $set: { reason } });
    revalidatePath(`/portal/appointments/${id}`);
  }

  return (
    <section>
      <h1>{new Date(appt.startsAt).toLocaleString("en-GB")}</h1>
      <p>Status: {appt.status}</p>
      <form action={updateReason}>
        <textarea name="reason" defaultValue={appt.reason ?? ""} />
        <button type="submit">Save reason</button>
      </form>
      {appt.status === "booked" && (
        <form action={cancel}>
          <button type="submit">Cancel appointment</button>
        </form>
      )}
    </section>
  );
}
