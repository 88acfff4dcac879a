import { z } from "zod";
import { redirect } from "next/navigation";
import { sendEmail } from "@/lib/notify";
import { prisma } from "@/lib/db/prisma";

export default function ContactPage() {
  // ok: missing-auth, missing-input-validation
  // ruleid: missing-rate-limit
  async function submitContact(formData: FormData) {
    "use server";
    const input = z.object({ name: z.string().min(1).max(100), email: z.string().email(), message: z.string().min(10).max(5000) }).parse(Object.fromEntries(formData));
    await sendEmail("hello@grantline.org", `Contact form: ${input.name}`, `${input.email}\n\n${input.message}`);
    await sendEmail(input.email, "We got your message", "Thanks for reaching out to Grantline.");
    redirect("/contact/thanks");
  }

  // ok: missing-auth, missing-input-validation
  async function requestDemo(formData: FormData) {
    "use server";
    const input = z.object({ foundation: z.string().min(2).max(200), email: z.string().email() }).parse(Object.fromEntries(formData));
    // ok: mass-assignment
    await prisma.auditLog.create({ data: { action: "demo.requested", meta: { foundation: input.foundation, email: input.email } } });
    redirect("/contact/thanks");
  }

  return (
    <main>
      <form action={submitContact}>
        <input name="name" /><input name="email" type="email" /><textarea name="message" />
        <button>Send</button>
      </form>
      <form action={requestDemo}>
        <input name="foundation" /><input name="email" type="email" />
        <button>Request a demo</button>
      </form>
    </main>
  );
}
