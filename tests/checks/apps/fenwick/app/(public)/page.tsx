import Link from "next/link";
import { CLINIC, OPENING_HOURS } from "@/lib/clinic-info";

export default function HomePage() {
  const today = OPENING_HOURS[(new Date().getDay() + 6) % 7];
  return (
    <section>
      <h1>{CLINIC.name}</h1>
      <p>{CLINIC.address}</p>
      <p>Today: {today.open ? `${today.open}–${today.close}` : "closed"}</p>
      <p>
        <Link href="/sign-in">Sign in</Link> to book an appointment, read test results or message your care team.
      </p>
    </section>
  );
}
