import Link from "next/link";
import { prisma } from "@/lib/db";

export const revalidate = 300;

export default async function SeedsPage() {
  const listings = await prisma.seedListing.findMany({
    where: { status: "OPEN" },
    select: { id: true, variety: true, quantity: true, featured: true },
    orderBy: [{ featured: "desc" }, { createdAt: "desc" }],
  });
  return (
    <div>
      <h1>Seed swap</h1>
      <Link href="/seeds/new">List some seeds</Link>
      <ul>
        {listings.map((l) => (
          <li key={l.id}>
            <Link href={`/seeds/${l.id}`}>{l.variety}</Link> × {l.quantity}
          </li>
        ))}
      </ul>
    </div>
  );
}
