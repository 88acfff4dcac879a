import Link from "next/link";
import { requireRole } from "@/lib/dal";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  // ok: floating-auth-check
  await requireRole("admin");
  return (
    <div className="container">
      <nav>
        <Link href="/admin/staff">Staff</Link> · <Link href="/admin/exports">Exports</Link> · <Link href="/admin/audit">Audit log</Link>
      </nav>
      {children}
    </div>
  );
}
