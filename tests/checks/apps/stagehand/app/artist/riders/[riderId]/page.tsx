import { notFound } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { requireArtist } from "@/lib/auth/lucia";

export default async function RiderPage({ params }: { params: Promise<{ riderId: string }> }) {
  const { riderId } = await params;
  const user = await requireArtist();
  const rider = await db.selectFrom("riders").select(["id", "hospitality", "technical", "status"]).where("id", "=", riderId).where("artist_id", "=", user.artistId).executeTakeFirst();
  if (!rider) notFound();

  // ok: missing-auth, missing-input-validation
  async function saveHospitality(formData: FormData) {
    "use server";
    await requireArtist();
    const { id, hospitality } = z.object({ id: z.string().uuid(), hospitality: z.string().max(5000) }).parse({ id: formData.get("riderId"), hospitality: formData.get("hospitality") });
    // ruleid: missing-authorization
    await db.updateTable("riders").set({ hospitality }).where("id", "=", id).execute();
  }

  // ok: missing-auth, missing-input-validation
  async function saveTechnical(formData: FormData) {
    "use server";
    const artist = await requireArtist();
    const { id, technical } = z.object({ id: z.string().uuid(), technical: z.string().max(10000) }).parse({ id: formData.get("riderId"), technical: formData.get("technical") });
    // ok: missing-authorization
    await db.updateTable("riders").set({ technical }).where("id", "=", id).where("artist_id", "=", artist.artistId).execute();
  }

  return (
    <main>
      <form action={saveHospitality}>
        <input type="hidden" name="riderId" value={rider.id} />
        <textarea name="hospitality" defaultValue={rider.hospitality} />
        <button>Save hospitality</button>
      </form>
      <form action={saveTechnical}>
        <input type="hidden" name="riderId" value={rider.id} />
        <textarea name="technical" defaultValue={rider.technical} />
        <button>Save technical</button>
      </form>
    </main>
  );
}
