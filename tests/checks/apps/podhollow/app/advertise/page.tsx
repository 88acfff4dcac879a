import { redirect } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";

export default function AdvertisePage() {
  // Public: an advertiser registers interest; no email is sent here (a nightly job follows up).
  // ok: missing-auth, missing-input-validation // todook: missing-rate-limit -- known gap (pass 38, J): an interest form named register (stores an email, sends nothing, creates no account) is read as a sign-up
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
