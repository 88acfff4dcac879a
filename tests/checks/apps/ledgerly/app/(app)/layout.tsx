import Link from "next/link";
import { verifySession } from "@/lib/dal";
import { logout } from "@/app/actions/auth";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  await verifySession();
  return (
    <div className="flex min-h-screen">
      <nav className="w-56 border-r bg-white p-4 space-y-2">
        <Link href="/dashboard">Dashboard</Link>
        <Link href="/invoices">Invoices</Link>
        <Link href="/clients">Clients</Link>
        <Link href="/expenses">Expenses</Link>
        <Link href="/settings/team">Team</Link>
        <Link href="/settings/integrations">Integrations</Link>
        <form action={logout}>
          <button type="submit">Sign out</button>
        </form>
      </nav>
      <main className="flex-1 p-8">{children}</main>
    </div>
  );
}
