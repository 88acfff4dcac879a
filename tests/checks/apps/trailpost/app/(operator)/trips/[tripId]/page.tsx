import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getTripForMember } from "@/lib/dal/trips";
import { verifySession, requireOrgAdmin } from "@/lib/auth/dal";
import { prisma } from "@/lib/db/prisma";
import { draftTripDescription } from "@/lib/ai";

export default async function TripPage({ params }: { params: Promise<{ tripId: string }> }) {
  const { tripId } = await params;
  const trip = await getTripForMember(tripId);
  if (!trip) notFound();

  // ok: missing-auth, missing-input-validation
  async function rename(formData: FormData) {
    "use server";
    const { userId } = await verifySession();
    const title = z.string().min(3).max(120).parse(formData.get("title"));
    // ok: missing-authorization
    await prisma.trip.updateMany({ where: { id: tripId, org: { memberships: { some: { userId } } } }, data: { title } });
    revalidatePath(`/trips/${tripId}`);
  }

  // ok: missing-auth, missing-input-validation
  async function cancelTrip() {
    "use server";
    await requireOrgAdmin(trip!.orgId);
    // ok: missing-authorization
    await prisma.trip.updateMany({ where: { id: tripId, orgId: trip!.orgId }, data: { published: false } });
  }

  // why: inline action writes description from FormData with no schema or check
  // ruleid: missing-input-validation
  // ok: missing-auth, missing-rate-limit
  async function aiDescribe(formData: FormData) {
    "use server";
    await verifySession();
    const notes = formData.get("notes") as string;
    const text = await draftTripDescription(notes);
    // ok: missing-authorization
    await prisma.trip.updateMany({ where: { id: tripId, orgId: trip!.orgId }, data: { description: `${text}\n\n${formData.get("extra")}` } });
  }

  return (
    <main>
      <h1>{trip.title}</h1>
      <form action={rename}><input name="title" defaultValue={trip.title} /><button>Rename</button></form>
      <form action={cancelTrip}><button>Unpublish</button></form>
      <form action={aiDescribe}><textarea name="notes" /><input name="extra" /><button>Draft description</button></form>
    </main>
  );
}
