"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";

const Checkout = z.object({ courseId: z.string().cuid(), coupon: z.string().max(40).optional(), affiliate: z.string().max(40).optional() });

// ok: missing-auth, missing-input-validation
export async function startCheckout(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/sign-in?next=/checkout");
  const { courseId, coupon, affiliate } = Checkout.parse(Object.fromEntries(formData));
  const course = await prisma.course.findFirst({ where: { id: courseId, published: true }, select: { id: true, title: true, priceCents: true, school: { select: { stripeAccountId: true } } } });
  // ok: information-disclosure
  if (!course) return { error: "Course unavailable" };
  const checkout = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ price_data: { currency: "usd", unit_amount: course.priceCents, product_data: { name: course.title } }, quantity: 1 }],
    discounts: coupon ? [{ promotion_code: coupon }] : undefined,
    metadata: { userId: session.user.id, courseId: course.id, affiliate: affiliate ?? "" },
    payment_intent_data: course.school.stripeAccountId ? { transfer_data: { destination: course.school.stripeAccountId } } : undefined,
    success_url: `${process.env.APP_URL}/learn/${course.id}?paid=1`,
    cancel_url: `${process.env.APP_URL}/courses`,
  });
  // ok: missing-input-validation
  redirect(checkout.url!);
}

// ok: missing-auth, missing-input-validation
export async function enrollFree(courseId: string) {
  const session = await auth();
  if (!session?.user?.id) redirect("/sign-in");
  const id = z.string().cuid().parse(courseId);
  const course = await prisma.course.findFirst({ where: { id, published: true, priceCents: 0 }, select: { id: true } });
  if (!course) throw new Error("Not a free course");
  // ok: mass-assignment, missing-authorization
  await prisma.enrollment.create({ data: { userId: session.user.id, courseId: course.id } });
  redirect(`/learn/${course.id}`);
}

// Legacy enrol form kept for embedded widgets.
// ok: missing-auth
// ruleid: missing-input-validation
export async function enrollFromWidget(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Sign in first");
  await prisma.enrollment.create({
    data: {
      // ruleid: mass-assignment
      ...Object.fromEntries(formData),
      userId: session.user.id,
    } as never,
  });
}

// ruleid: missing-auth
export async function applyCoupon(courseId: string, code: string) {
  const session = await auth();
  const parsed = z.object({ courseId: z.string().cuid(), code: z.string().max(40) }).parse({ courseId, code });
  const promo = await stripe.promotionCodes.list({ code: parsed.code, active: true, limit: 1 });
  await prisma.enrollment.updateMany({ where: { courseId: parsed.courseId, userId: session?.user?.id }, data: { status: promo.data.length ? "discounted" : "active" } });
  return { valid: promo.data.length > 0 };
}
