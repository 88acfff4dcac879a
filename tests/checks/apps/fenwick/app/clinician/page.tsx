import Link from "next/link";
import { requireRole } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { Appointment } from "@/lib/models/Appointment";

export default async function ClinicianToday() {
  // ok: floating-auth-check
  const staff = await requireRole("clinician");
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  await connectMongo();
  const today = await Appointment.find({ clinician: staff.userId, startsAt: { $gte: start, $lt: new Date(start.getTime() + 864e5) } })
    .select("startsAt status reason patient")
    .populate("patient", "firstName lastName")
    .sort({ startsAt: 1 })
    .lean();
  return (
    <section>
      <h1>Today</h1>
      <ol>
        {today.map((a) => {
          const p = a.patient as unknown as { _id: string; firstName: string; lastName: string };
          return (
            <li key={String(a._id)}>
              {a.startsAt.toLocaleTimeString("en-GB")} — <Link href={`/clinician/patients/${p._id}`}>{p.firstName} {p.lastName}</Link> ({a.status})
            </li>
          );
        })}
      </ol>
    </section>
  );
}
