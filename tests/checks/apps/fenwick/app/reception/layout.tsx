import Link from "next/link";
import { requireRole } from "@/lib/dal";

export default async function ReceptionLayout({ children }: { children: React.ReactNode }) {
  // ok: floating-auth-check
  await requireRole("receptionist", "admin");
  return (
    <div className="container">
      <nav>
        <Link href="/reception/calendar">Calendar</Link> · <Link href="/reception/checkin">Check-in</Link>
      </nav>
      {children}
    </div>
  );
}
