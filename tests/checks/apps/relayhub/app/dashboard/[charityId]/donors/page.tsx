import { DonorForm } from "@/components/donor-form";
import { requireCharityRole, FUNDRAISING_ROLES } from "@/lib/authz";
import { prisma } from "@/lib/db/prisma";

export default async function DonorsPage({ params }: { params: Promise<{ charityId: string }> }) {
  const { charityId } = await params;
  const ctx = await requireCharityRole(charityId, FUNDRAISING_ROLES);
  const donors = await prisma.donor.findMany({
    where: { charityId: ctx.charityId },
    select: { id: true, firstName: true, lastName: true, email: true },
    orderBy: { lastName: "asc" },
    take: 100,
  });
  return (
    <section>
      <DonorForm charityId={ctx.charityId} />
      <ul>
        {donors.map((d) => (
          <li key={d.id}>
            {d.firstName} {d.lastName} — {d.email}
          </li>
        ))}
      </ul>
    </section>
  );
}
