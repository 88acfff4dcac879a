import { NextResponse } from "next/server";
import Joi from "joi";
import { aj } from "@/lib/arcjet";
import { prisma } from "@/lib/prisma";
import { sendCustomerEmail } from "@/lib/mail";

const bookingSchema = Joi.object({
  workspaceSlug: Joi.string().pattern(/^[a-z0-9-]{3,40}$/).required(),
  name: Joi.string().max(120).required(),
  email: Joi.string().email().required(),
  phone: Joi.string().max(32).allow(""),
  message: Joi.string().min(5).max(2000).required(),
}).options({ stripUnknown: true });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function POST(req: Request) {
  const decision = await aj.protect(req);
  if (decision.isDenied()) {
    return NextResponse.json({ error: "Too many requests" }, { status: decision.reason.isRateLimit() ? 429 : 403 });
  }
  const { error, value } = bookingSchema.validate(await req.json());
  if (error) return NextResponse.json({ error: "Please check the form." }, { status: 422 });

  const workspace = await prisma.workspace.findUnique({ where: { slug: value.workspaceSlug }, select: { id: true, name: true } });
  if (!workspace) return NextResponse.json({ error: "Unknown company" }, { status: 404 });

  // ok: mass-assignment
  const booking = await prisma.booking.create({
    data: { workspaceId: workspace.id, name: value.name, email: value.email, phone: value.phone || null, message: value.message },
    select: { id: true },
  });
  await sendCustomerEmail({
    to: value.email,
    subject: `${workspace.name} received your request`,
    text: "We'll be in touch shortly.",
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: booking.id }, { status: 201 });
}
