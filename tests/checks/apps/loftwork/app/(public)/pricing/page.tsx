import { db } from "@/lib/db";
import { formatCents } from "@/lib/utils";

export default async function PricingPage() {
  const cities = await db
    .selectFrom("desks")
    .innerJoin("locations", "locations.id", "desks.location_id")
    .select(["locations.city", (eb) => eb.fn.min("desks.hourly_cents").as("from")])
    .where("locations.is_public", "=", 1)
    .groupBy("locations.city")
    .execute();
  return (
    <main className="mx-auto max-w-3xl p-8">
      <h1 className="text-3xl font-semibold mb-4">Pricing</h1>
      <table className="w-full">
        <tbody>
          {cities.map((c) => (
            <tr key={c.city}><td>{c.city}</td><td>from {formatCents(Number(c.from))}/h</td></tr>
          ))}
        </tbody>
      </table>
      <p className="mt-6 text-sm">Team plans: Flex, Dedicated desk and Private office — talk to us.</p>
    </main>
  );
}
