import Link from "next/link";
import { requireAdmin } from "@/lib/dal";

// Note: this gate only protects rendering; every admin action re-checks.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  // ok: floating-auth-check
  await requireAdmin();
  return (
    <div className="flex gap-6">
      <nav className="flex flex-col gap-2">
        <Link href="/admin">Overview</Link>
        <Link href="/admin/staff">Staff</Link>
        <Link href="/admin/buyers">Buyers</Link>
        <Link href="/admin/fees">Fees</Link>
      </nav>
      <section className="flex-1">{children}</section>
    </div>
  );
}
