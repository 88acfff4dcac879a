import Link from "next/link";
import { getMyAppointments, cancelAppointment } from "@/app/actions/appointments";
import { BookingForm } from "@/components/BookingForm";
import { connectMongo } from "@/lib/db/mongo";
import { Staff } from "@/lib/models/Staff";

export default async function AppointmentsPage() {
  const appointments = await getMyAppointments();
  await connectMongo();
  const clinicians = await Staff.find({ role: "clinician", active: true }).select("name title").lean();
  return (
    <section>
      <h1>Appointments</h1>
      <ul>
        {appointments.map((a) => (
          <li key={a.id}>
            <Link href={`/portal/appointments/${a.id}`}>{new Date(a.startsAt).toLocaleString("en-GB")}</Link> ({a.status})
            <form action={cancelAppointment} style={{ display: "inline" }}>
              <input type="hidden" name="appointmentId" value={a.id} />
              <button type="submit">Cancel</button>
            </form>
          </li>
        ))}
      </ul>
      <h2>Book</h2>
      <BookingForm clinicians={clinicians.map((c) => ({ id: String(c._id), name: c.name, title: c.title ?? "" }))} />
    </section>
  );
}
