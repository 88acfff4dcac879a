import Link from "next/link";
import { requireMember } from "@/lib/auth/current";
import { prisma } from "@/lib/db";

export default async function DashboardPage() {
  const { user } = await requireMember();
  const [plots, bookings, fees] = await Promise.all([
    prisma.plot.findMany({ where: { holderId: user.id }, select: { id: true, code: true, site: { select: { name: true } } } }),
    prisma.toolBooking.findMany({ where: { userId: user.id, endsAt: { gte: new Date() } }, select: { id: true, startsAt: true, tool: { select: { name: true } } } }),
    prisma.fee.count({ where: { userId: user.id, status: "DUE" } }),
  ]);
  return (
    <div>
      <h1>Hello, {user.name}</h1>
      <h2>Your plots</h2>
      <ul>
        {plots.map((p) => (
          <li key={p.id}>
            <Link href={`/plots/${p.id}`}>{p.code}</Link> — {p.site.name}
          </li>
        ))}
      </ul>
      <h2>Upcoming tool bookings</h2>
      <ul>
        {bookings.map((b) => (
          <li key={b.id}>{b.tool.name} on {b.startsAt.toLocaleString("en-GB")}</li>
        ))}
      </ul>
      {fees > 0 && <Link href="/fees">You have {fees} fee(s) due</Link>}
    </div>
  );
}
