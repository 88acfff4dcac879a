import { ContactForm } from "@/components/ContactForm";
import { db, contactMessages } from "@/lib/db";
import { limitByIp } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mailer";
import { z } from "zod";

export default function ContactPage() {
  // Public callback request: anonymous by design.
  // ok: missing-auth, missing-input-validation, missing-rate-limit
  async function requestCallback(formData: FormData) {
    "use server";
    await limitByIp("callback", 3, 600);
    const input = z.object({ name: z.string().min(1).max(120), phone: z.string().regex(/^\+?[\d\s-]{6,20}$/) }).parse({ name: formData.get("name"), phone: formData.get("phone") });
    await db.insert(contactMessages).values({ name: input.name, email: "callback@tollgate.example", message: `Callback: ${input.phone}` });
    await sendMail("sales@tollgate.example", "Callback request", `${input.name} ${input.phone}`);
  }

  return (
    <main>
      <ContactForm />
      <form action={requestCallback}>
        <input name="name" /><input name="phone" /><button>Call me back</button>
      </form>
    </main>
  );
}
