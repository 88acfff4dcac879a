import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";

export default async function GardenLayout({ children, params }: { children: ReactNode; params: Promise<{ gardenId: string }> }) {
  const { gardenId } = await params;
  const { userId } = await requireMember();
  const membership = await prisma.gardenMembership.findUnique({
    where: { gardenId_userId: { gardenId, userId } },
    select: { role: true, garden: { select: { name: true } } },
  });
  if (!membership) notFound();
  return (
    <div>
      <header>{membership.garden.name} · {membership.role.toLowerCase()}</header>
      {children}
    </div>
  );
}
