import { redirect } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";

export default function AdvertisePage() {
  // Public: an advertiser registers interest; no email is sent here (a nightly job follows up).
  // ok: missing-auth, missing-input-validation, missing-rate-limit
  async function registerInterest(formData: FormData) {
    "use server";
    const data = z.object({ email: z.string().email() }).parse(Object.fromEntries(formData));
    await prisma.newsletterSignup.upsert({ where: { email: data.email }, create: { email: data.email }, update: {} });
    redirect("/advertise?thanks=1");
  }

  return (
    <form action={registerInterest}>
      <input name="email" type="email" />
      <button>Tell me more</button>
    </form>
  );
}
