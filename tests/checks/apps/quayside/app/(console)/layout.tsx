import Link from "next/link";
import { requireStaff } from "@/lib/auth";
import { signOutStaff } from "@/app/(auth)/sign-in/actions";

const NAV = [
  ["/berths", "Berths"],
  ["/bookings", "Bookings"],
  ["/boats", "Boats"],
  ["/owners", "Owners"],
  ["/invoices", "Invoices"],
  ["/crew", "Crew"],
  ["/maintenance", "Maintenance"],
  ["/documents", "Documents"],
  ["/reports", "Reports"],
  ["/assistant", "Assistant"],
  ["/settings/team", "Settings"],
] as const;

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const session = await requireStaff();
  return (
    <div className="flex min-h-screen">
      <nav className="w-56 border-r p-4 space-y-1">
        {NAV.map(([href, label]) => (
          <Link key={href} href={href} className="block rounded px-2 py-1 hover:bg-slate-100">
            {label}
          </Link>
        ))}
        <form action={signOutStaff} className="pt-6">
          <p className="text-xs text-slate-500">{session.email}</p>
          <button className="text-sm underline">Sign out</button>
        </form>
      </nav>
      <main className="flex-1 p-8">{children}</main>
    </div>
  );
}
