import { listMyRentals } from "@/lib/dal/rentals";
import Link from "next/link";

export default async function Dashboard() {
  const rentals = await listMyRentals();
  return (
    <main>
      <h1>Your rentals</h1>
      <ul>
        {rentals.map((r) => (
          <li key={r.id}><Link href={`/rentals/${r.id}`}>{r.machineId}</Link> · {r.status} · £{(r.priceCents / 100).toFixed(2)}</li>
        ))}
      </ul>
    </main>
  );
}
