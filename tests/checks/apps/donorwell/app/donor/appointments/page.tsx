import { myAppointments } from "@/app/actions/appointments";
import { BookingForm } from "@/components/BookingForm";

export default async function AppointmentsPage() {
  const appts = await myAppointments();
  return (
    <main>
      <ul>{appts.map((a) => <li key={a.id}>{a.slotStart.toLocaleString()} — {a.status}</li>)}</ul>
      {appts[0] && <BookingForm centreId={appts[0].centreId} slots={[]} />}
    </main>
  );
}
