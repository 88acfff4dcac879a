import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";

// Short-term rental registrations are stored as permits of type short_term_rental.
export async function ownsRental(permitId: string): Promise<boolean> {
  const session = await verifySession();
  const p = await prisma.permit.findFirst({ where: { id: permitId, applicantId: session.userId, type: "short_term_rental" }, select: { id: true } });
  return p !== null;
}

export async function assertRentalOwner(permitId: string): Promise<void> {
  if (!(await ownsRental(permitId))) throw new Error("Forbidden");
}
