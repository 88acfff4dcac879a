import Link from "next/link";
import { requireFarm } from "@/lib/auth";
import { siteFill } from "@/lib/reports";

export default async function FarmDashboard() {
  const { farm, member } = await requireFarm();
  const fill = await siteFill(farm.id);
  return (
    <main className="p-6">
      <h1 className="text-2xl font-semibold">{farm.name}</h1>
      <p className="text-sm text-stone-500">Signed in as {member.role}</p>
      <ul className="mt-4">{fill.map((s) => <li key={s.name}>{s.name}: {s.subscribed}/{s.capacity}</li>)}</ul>
      <nav className="mt-6 flex gap-3">
        <Link href="/farm/harvest">Harvest</Link>
        <Link href="/farm/shifts">Shifts</Link>
        <Link href="/farm/newsletter">Newsletter</Link>
        {member.role === "owner" && <Link href="/farm/settings">Settings</Link>}
      </nav>
    </main>
  );
}
