import { getMyProfileSummary } from "@/app/actions/profile";
import { getMyAppointments } from "@/app/actions/appointments";

export default async function PortalHome() {
  const [me, upcoming] = await Promise.all([getMyProfileSummary(), getMyAppointments()]);
  return (
    <section>
      <h1>Hello {me?.firstName}</h1>
      <h2>Upcoming</h2>
      {upcoming.length === 0 ? <p>No upcoming appointments.</p> : (
        <ul>{upcoming.map((a) => <li key={a.id}>{new Date(a.startsAt).toLocaleString("en-GB")} — {a.reason ?? "Appointment"}</li>)}</ul>
      )}
    </section>
  );
}
