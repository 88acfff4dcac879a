import { notFound } from "next/navigation";
import * as v from "valibot";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { sendMail } from "@/lib/mailer";

export default async function ClassPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { data: cls } = await supabaseAdmin
    .from("public_classes")
    .select("id, title, description, price_cents, studio_name, studio_email, seats_left")
    .eq("slug", slug)
    .maybeSingle();
  if (!cls) notFound();

  // Public enquiry form; forwards the question to the studio.
  // ruleid: missing-rate-limit
  // ok: missing-auth, missing-input-validation
  async function enquire(formData: FormData) {
    "use server";
    const data = v.parse(
      v.object({ email: v.pipe(v.string(), v.email()), question: v.pipe(v.string(), v.minLength(5), v.maxLength(2000)) }),
      Object.fromEntries(formData),
    );
    await sendMail({
      to: cls!.studio_email,
      subject: `Question about ${cls!.title}`,
      html: `<p>From ${data.email}:</p><p>${data.question}</p>`,
    });
  }

  return (
    <main>
      <h1>{cls.title}</h1>
      <p>{cls.description}</p>
      <p>{cls.seats_left} seats left</p>
      <form action={enquire}>
        <input name="email" type="email" />
        <textarea name="question" />
        <button>Ask the studio</button>
      </form>
    </main>
  );
}
