import Link from "next/link";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/mailer";
import { ratelimit, clientIp } from "@/lib/ratelimit";

export default async function ClinicsPage({ searchParams }: { searchParams: Promise<{ city?: string }> }) {
  const { city } = await searchParams;
  const clinics = await prisma.clinic.findMany({
    where: { isPublic: true, ...(city ? { city } : {}) },
    select: { slug: true, name: true, city: true },
    orderBy: { name: "asc" },
  });

  // ok: missing-auth, missing-input-validation, missing-rate-limit
  async function requestNewClinicArea(formData: FormData) {
    "use server";
    const { success } = await ratelimit.limit(`area:${await clientIp()}`);
    if (!success) return;
    const postcode = String(formData.get("postcode") ?? "");
    if (!/^[A-Z0-9 ]{2,8}$/i.test(postcode)) return;
    await sendEmail("expansion@vetpoint.app", "Clinic wanted", `<p>Someone in ${postcode} wants a clinic.</p>`);
  }

  return (
    <main>
      <ul>
        {clinics.map((c) => (
          <li key={c.slug}><Link href={`/clinics/${c.slug}`}>{c.name}</Link> — {c.city}</li>
        ))}
      </ul>
      <form action={requestNewClinicArea}><input name="postcode" /><button>Ask for a clinic near me</button></form>
    </main>
  );
}
