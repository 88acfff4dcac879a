import { OPENING_HOURS, CLINIC } from "@/lib/clinic-info";

export const metadata = { title: "Opening hours" };

export default function HoursPage() {
  return (
    <section>
      <h1>Opening hours</h1>
      <table>
        <tbody>
          {OPENING_HOURS.map((h) => (
            <tr key={h.day}>
              <td>{h.day}</td>
              <td>{h.open ? `${h.open} – ${h.close}` : "Closed"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>Out of hours call 111, or 999 in an emergency. Reception: {CLINIC.phone}</p>
    </section>
  );
}
