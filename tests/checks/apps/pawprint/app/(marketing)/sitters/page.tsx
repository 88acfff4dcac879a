import Link from "next/link";
import { prisma } from "@/lib/db/prisma";

export default async function SitterDirectory({ searchParams }: { searchParams: Promise<{ city?: string }> }) {
  const { city } = await searchParams;
  const sitters = await prisma.sitter.findMany({
    where: { backgroundStatus: "approved", ...(city ? { city } : {}) },
    select: { slug: true, headline: true, city: true, hourlyRateCents: true, user: { select: { name: true } } },
    take: 60,
  });
  return (
    <ul>
      {sitters.map((s) => (
        <li key={s.slug}>
          <Link href={`/sitters/${s.slug}`}>{s.user.name}</Link> · {s.city} · ${(s.hourlyRateCents / 100).toFixed(0)}/hr
        </li>
      ))}
    </ul>
  );
}
