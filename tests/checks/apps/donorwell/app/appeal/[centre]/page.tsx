import { notFound } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { sendSms } from "@/lib/sms";
import { notifyDonorBySms } from "@/lib/notify";
import { phoneSchema } from "@/lib/validators";

export default async function AppealPage({ params }: { params: Promise<{ centre: string }> }) {
  const { centre: slug } = await params;
  const centre = await db.selectFrom("centres").select(["id", "name", "address"]).where("slug", "=", slug).executeTakeFirst();
  if (!centre) notFound();

  // Public pledge form from the shortage appeal SMS link.
  // ok: missing-auth, missing-input-validation
  // ruleid: missing-rate-limit
  async function pledge(formData: FormData) {
    "use server";
    const phone = phoneSchema.parse(formData.get("phone"));
    await sendSms(phone, `Thank you! ${centre!.name} is open today at ${centre!.address}.`);
  }

  // ok: missing-auth, missing-input-validation, missing-rate-limit
  async function pledgeWithReminder(formData: FormData) {
    "use server";
    const input = z.object({ phone: phoneSchema, day: z.enum(["today", "tomorrow"]) }).parse(Object.fromEntries(formData));
    await notifyDonorBySms(input.phone, `DonorWell: we'll see you ${input.day} at ${centre!.name}.`);
  }

  return (
    <main>
      <h1>{centre.name} needs donors</h1>
      <form action={pledge}><input name="phone" /><button>I'll come</button></form>
      <form action={pledgeWithReminder}><input name="phone" /><select name="day"><option>today</option><option>tomorrow</option></select><button>Remind me</button></form>
    </main>
  );
}
