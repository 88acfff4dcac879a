import { requireUser } from "@/lib/auth/session";
import Link from "next/link";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <div className="flex min-h-screen">
      <nav className="w-56 space-y-2 border-r p-4 text-sm">
        <p className="font-semibold">{user.email}</p>
        <Link href="/dashboard">Home</Link>
        {user.roles.includes("coach") && <Link href="/dashboard/teams">My teams</Link>}
        {user.roles.includes("referee") && <Link href="/dashboard/referee">Assignments</Link>}
        {user.roles.includes("league_admin") && <Link href="/dashboard/admin">League admin</Link>}
      </nav>
      <div className="flex-1">{children}</div>
    </div>
  );
}
