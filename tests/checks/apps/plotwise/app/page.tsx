import Link from "next/link";
import { prisma } from "@/lib/db";

export const revalidate = 600;

export default async function HomePage() {
  const [vacant, waiting] = await Promise.all([
    prisma.plot.count({ where: { status: "VACANT" } }),
    prisma.plotApplication.count({ where: { status: "WAITING" } }),
  ]);
  return (
    <section>
      <h1>Plotwise Allotment Society</h1>
      <p>{vacant} plots vacant · {waiting} people on the waiting list.</p>
      <p>
        <Link href="/signup">Join the society</Link> · <Link href="/seeds">Seed swap</Link> · <Link href="/contact">Contact us</Link>
      </p>
    </section>
  );
}
