import Link from "next/link";
import { getMyBookings } from "@/lib/dal";
import { TeamSwitcher } from "@/components/team-switcher";
import { formatCents } from "@/lib/utils";

export default async function DashboardPage() {
  const bookings = await getMyBookings();
  const upcoming = bookings.filter((b) => new Date(b.starts_at) > new Date());
  return (
    <div className="space-y-6">
      <div className="flex justify-between">
        <h1 className="text-2xl font-semibold">Your week</h1>
        <TeamSwitcher />
      </div>
      <ul className="space-y-2">
        {upcoming.map((b) => (
          <li key={b.id} className="card">
            <Link href={`/bookings/${b.id}`}>{new Date(b.starts_at).toLocaleString()} — {b.status} — {formatCents(b.price_cents)}</Link>
          </li>
        ))}
      </ul>
      <Link href="/bookings" className="btn-primary">Book a desk or room</Link>
    </div>
  );
}
