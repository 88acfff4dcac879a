import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { Appointment } from "@/lib/models/Appointment";

export default async function CheckinPage() {
  // ok: floating-auth-check
  await requireRole("receptionist", "admin");
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  await connectMongo();
  const waiting = await Appointment.find({ status: "booked", startsAt: { $gte: start, $lt: new Date(start.getTime() + 864e5) } })
    .select("startsAt patient")
    .populate("patient", "firstName lastName")
    .lean();

  // The page is staff-only, so the action didn't get its own check.
  // ruleid: missing-auth, missing-input-validation
  async function checkIn(formData: FormData) {
    "use server";
    const id = formData.get("appointmentId") as string;
    await connectMongo();
    await Appointment.updateOne({ _id: id }, { $set: { status: "checked_in", checkedInAt: new Date() } });
    revalidatePath("/reception/checkin");
  }

  return (
    <section>
      <h1>Waiting to check in</h1>
      <ul>
        {waiting.map((a) => {
          const p = a.patient as unknown as { firstName: string; lastName: string };
          return (
            <li key={String(a._id)}>
              {a.startsAt.toLocaleTimeString("en-GB")} {p.firstName} {p.lastName}
              <form action={checkIn} style={{ display: "inline" }}>
                <input type="hidden" name="appointmentId" value={String(a._id)} />
                <button type="submit">Check in</button>
              </form>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
