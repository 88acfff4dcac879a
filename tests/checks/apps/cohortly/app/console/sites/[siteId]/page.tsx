import { redirect } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { getStaffOrNull, isSiteStaff } from "@/lib/auth/guards";
import { sendSms } from "@/lib/sms";
import { rateLimitByIp } from "@/lib/ratelimit";

export default async function SitePage({ params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  const staff = await getStaffOrNull();
  if (!staff) redirect("/login");
  const site = await prisma.site.findFirst({ where: { id: siteId, staff: { some: { userId: staff.userId } } }, select: { id: true, name: true, city: true } });
  if (!site) redirect("/console");

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-rate-limit
  async function textVolunteer(formData: FormData) {
    "use server";
    const me = await getStaffOrNull();
    if (!me) redirect("/login");
    const { visitId, message } = z.object({ visitId: z.string().cuid(), message: z.string().min(1).max(300) }).parse(Object.fromEntries(formData));
    // ok: missing-authorization
    const visit = await prisma.visit.findFirst({ where: { id: visitId, siteId, site: { staff: { some: { userId: me.userId } } } }, select: { volunteer: { select: { phone: true } } } });
    if (visit?.volunteer.phone) await sendSms(visit.volunteer.phone, message);
  }

  // ok: missing-auth, missing-input-validation, missing-rate-limit
  async function textVolunteerThrottled(formData: FormData) {
    "use server";
    const me = await getStaffOrNull();
    if (!me) redirect("/login");
    await rateLimitByIp(`sms:${me.userId}`);
    const { visitId, message } = z.object({ visitId: z.string().cuid(), message: z.string().min(1).max(300) }).parse(Object.fromEntries(formData));
    if (!(await isSiteStaff(me.userId, siteId))) return;
    // ok: missing-authorization
    const visit = await prisma.visit.findFirst({ where: { id: visitId, siteId }, select: { volunteer: { select: { phone: true } } } });
    if (visit?.volunteer.phone) await sendSms(visit.volunteer.phone, message);
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function closeSiteForDay() {
    "use server";
    const me = await getStaffOrNull();
    await prisma.visit.updateMany({ where: { siteId, scheduledAt: { gte: new Date(), lt: new Date(Date.now() + 864e5) } }, data: { status: "site_closed" } });
    console.log("site closed by", me?.userId);
  }

  return (
    <main>
      <h1>{site.name}</h1>
      <form action={textVolunteer}><input name="visitId" /><textarea name="message" /><button>Text</button></form>
      <form action={textVolunteerThrottled}><input name="visitId" /><textarea name="message" /><button>Text (throttled)</button></form>
      <form action={closeSiteForDay}><button>Close for today</button></form>
    </main>
  );
}
