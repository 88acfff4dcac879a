import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";

// Group-level staff (the group admin across practices) use the Clerk "emberline-group" org.
export const verifySession = cache(async () => {
  const { userId, orgId, orgRole } = await auth();
  if (!userId) redirect("/sign-in");
  return { userId, orgId, isGroupAdmin: orgId === process.env.GROUP_ORG_ID && orgRole === "org:group_admin" };
});

export async function isGroupAdmin(): Promise<boolean> {
  const session = await verifySession();
  return session.isGroupAdmin;
}

export async function canViewPatient(practiceId: string, patientId: string): Promise<boolean> {
  const row = await prisma.patient.findFirst({ where: { id: patientId, practiceId }, select: { id: true } });
  return row !== null;
}

export async function ownsTreatmentPlan(practiceId: string, planId: string): Promise<boolean> {
  const row = await prisma.treatmentPlan.findFirst({ where: { id: planId, practiceId }, select: { id: true } });
  return Boolean(row);
}
