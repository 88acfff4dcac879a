import Link from "next/link";
import { requireRole } from "@/lib/dal";

export default async function ClinicianLayout({ children }: { children: React.ReactNode }) {
  // ok: floating-auth-check
  const staff = await requireRole("clinician");
  return (
    <div className="container">
      <nav data-user={staff.userId}>
        <Link href="/clinician">Today</Link> · <Link href="/clinician/prescriptions">Prescriptions</Link>
      </nav>
      {children}
    </div>
  );
}
