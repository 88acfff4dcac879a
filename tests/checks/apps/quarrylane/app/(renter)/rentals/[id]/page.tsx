import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { getRentalForRenter } from "@/lib/dal/rentals";
import { verifySession } from "@/lib/auth/dal";
import { ExtendForm } from "@/components/ExtendForm";

export default async function RentalPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { rental, role } = await getRentalForRenter(id).catch(() => notFound());

  // ok: missing-auth, missing-input-validation
  async function addSiteNote(formData: FormData) {
    "use server";
    const { userId } = await verifySession();
    const note = z.string().min(1).max(500).parse(formData.get("note"));
    await prisma.rental.updateMany({
      // ok: missing-authorization
      where: { id: rental.id, siteManagerId: userId },
      data: { siteAddress: note },
    });
    revalidatePath(`/rentals/${rental.id}`);
  }

  // ok: missing-auth, missing-input-validation
  async function setSiteManager(formData: FormData) {
    "use server";
    const { userId } = await verifySession();
    const managerId = z.string().cuid().parse(formData.get("managerId"));
    if (role !== "owner") throw new Error("Owners only");
    const member = await prisma.membership.findFirst({ where: { userId: managerId, companyId: rental.renterCompanyId }, select: { id: true } });
    if (!member) throw new Error("Manager must belong to your company");
    await prisma.rental.update({
      // ok: missing-authorization
      where: { id: rental.id, renterCompanyId: rental.renterCompanyId },
      // ok: mass-assignment, missing-authorization
      data: { siteManagerId: managerId },
    });
    redirect(`/rentals/${rental.id}?by=${userId}`);
  }

  return (
    <main>
      <h1>Rental {rental.id}</h1>
      <p>Status: {rental.status}</p>
      <form action={addSiteNote}><textarea name="note" /><button>Save</button></form>
      {role === "owner" && <form action={setSiteManager}><input name="managerId" /><button>Assign</button></form>}
      <ExtendForm rentalId={rental.id} />
    </main>
  );
}
