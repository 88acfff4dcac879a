import { notFound } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/mail";
import { rateLimitByIp } from "@/lib/rate-limit";

export const revalidate = 300;

export default async function CareersPage({ params }: { params: Promise<{ company: string }> }) {
  const { company: slug } = await params;
  const company = await db.company.findUnique({
    where: { slug },
    select: { id: true, name: true, jobs: { where: { status: "published" }, select: { id: true, title: true, location: true } } },
  });
  if (!company) notFound();

  // ruleid: missing-rate-limit
  async function subscribeToAlerts(formData: FormData) {
    "use server";
    const email = z.string().email().parse(formData.get("email"));
    await db.auditLog.create({ data: { action: "careers.alert_subscribed", companyId: company!.id, target: email } });
    await sendEmail({ to: email, subject: `Job alerts from ${company!.name}`, html: "<p>You're subscribed.</p>" });
  }

  // ok: missing-auth, missing-rate-limit, missing-input-validation
  async function requestCallback(formData: FormData) {
    "use server";
    if (!(await rateLimitByIp("careers-callback"))) return;
    const phone = formData.get("phone");
    if (typeof phone !== "string" || !/^\+?[0-9 ]{7,20}$/.test(phone)) {
      throw new Error("Invalid phone number");
    }
    await sendEmail({ to: `talent+${slug}@hireloop.io`, subject: "Callback requested", html: `<p>${phone}</p>` });
  }

  return (
    <main>
      <h1>Careers at {company.name}</h1>
      <ul>
        {company.jobs.map((j) => (
          <li key={j.id}>
            <a href={`/careers/${slug}/${j.id}`}>{j.title}</a> — {j.location}
          </li>
        ))}
      </ul>
      <form action={subscribeToAlerts}>
        <input name="email" type="email" required />
        <button>Get job alerts</button>
      </form>
      <form action={requestCallback}>
        <input name="phone" type="tel" />
        <button>Call me back</button>
      </form>
    </main>
  );
}
