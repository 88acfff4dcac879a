import { eq } from "drizzle-orm";
import { db, berths, organization } from "@/lib/db";

export const revalidate = 300;

export default async function PublicBerths({ searchParams }: { searchParams: Promise<{ marina?: string }> }) {
  const { marina } = await searchParams;
  const org = marina ? await db.query.organization.findFirst({ where: eq(organization.slug, marina), columns: { id: true, name: true } }) : null;
  const free = org
    ? await db.select({ code: berths.code, maxLengthM: berths.maxLengthM, nightlyRateCents: berths.nightlyRateCents }).from(berths).where(eq(berths.organizationId, org.id))
    : [];
  return (
    <main>
      <h1>{org?.name ?? "Pick a marina"}</h1>
      <table>
        <tbody>
          {free.map((b) => (
            <tr key={b.code}>
              <td>{b.code}</td>
              <td>{b.maxLengthM} m</td>
              <td>€{(b.nightlyRateCents / 100).toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
