import { prisma } from "@/lib/db/prisma";
import { assertCoordinator } from "@/lib/auth/guards";
import { AllocationList } from "@/components/AllocationList";

export default async function CoordinatorPage() {
  await assertCoordinator();
  const pending = await prisma.allocation.findMany({
    where: { status: "requested" },
    select: { id: true, fromPantryId: true, toPantryId: true, lotId: true, quantity: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  return <AllocationList items={pending.map((p) => ({ ...p, createdAt: p.createdAt.toISOString() }))} />;
}
