import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { festivalIdBySlug } from "@/lib/festival";
import { rateLimit, clientIp } from "@/lib/rate-limit";
import { VolunteerForm } from "@/components/VolunteerForm";

export default async function VolunteerPage({ searchParams }: { searchParams: Promise<{ festival?: string }> }) {
  const { festival = "" } = await searchParams;

  // ok: missing-auth, missing-input-validation, missing-rate-limit
  async function registerInterest(formData: FormData) {
    "use server";
    const { email, festivalSlug } = z.object({ email: z.string().email(), festivalSlug: z.string().min(1).max(80) }).parse({ email: formData.get("email"), festivalSlug: formData.get("festivalSlug") });
    await rateLimit(`interest:${await clientIp()}`, 5, 3600);
    const festivalId = await festivalIdBySlug(festivalSlug);
    if (!festivalId) return;
    await db.insertInto("newsletter").values({ email, festival_id: festivalId, confirmed: false, confirm_token: "" }).onConflict((oc) => oc.doNothing()).execute();
  }

  return (
    <main>
      <h1>Volunteer with us</h1>
      <VolunteerForm festivalSlug={festival} />
      <form action={registerInterest}>
        <input type="hidden" name="festivalSlug" value={festival} />
        <input name="email" type="email" placeholder="Tell me when applications open" />
        <button>Notify me</button>
      </form>
    </main>
  );
}
