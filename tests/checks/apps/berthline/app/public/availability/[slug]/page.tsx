import { z } from "zod";
import { publicAvailability } from "@/lib/queries/availability";
import { sendMail } from "@/lib/mailer";
import { rateLimitByIp } from "@/lib/rate-limit";

export const revalidate = 300;

export default async function AvailabilityPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const berths = await publicAvailability(slug, 0);

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-rate-limit
  async function requestViewing(formData: FormData) {
    "use server";
    const input = z.object({ email: z.string().email(), berthId: z.string().cuid() }).parse(Object.fromEntries(formData));
    await sendMail("harbour@berthline.app", `Viewing request for ${input.berthId}`, input.email);
  }

  // ok: missing-auth, missing-input-validation, missing-rate-limit
  async function requestCallback(formData: FormData) {
    "use server";
    await rateLimitByIp("callback");
    const input = z.object({ email: z.string().email(), phone: z.string().max(20) }).parse(Object.fromEntries(formData));
    await sendMail("harbour@berthline.app", "Callback request", `${input.email} ${input.phone}`);
  }

  return (
    <section>
      <h1>Free berths</h1>
      <ul>
        {berths.map((b) => (
          <li key={b.id}>
            {b.code} – {b.length_m} m
            <form action={requestViewing}>
              <input type="hidden" name="berthId" value={b.id} />
              <input name="email" type="email" />
              <button>Request viewing</button>
            </form>
          </li>
        ))}
      </ul>
      <form action={requestCallback}>
        <input name="email" type="email" />
        <input name="phone" />
        <button>Call me back</button>
      </form>
    </section>
  );
}
