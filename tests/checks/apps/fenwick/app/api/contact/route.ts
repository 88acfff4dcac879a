import { NextResponse, type NextRequest } from "next/server";
import { connectMongo } from "@/lib/db/mongo";
import { ContactRequest } from "@/lib/models/ContactRequest";
import { sendMail } from "@/lib/mail";
import { contactSchema } from "@/lib/validation/schemas";

/** JSON variant of the contact form, used by the partner widget. */
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const parsed = contactSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Please check the form." }, { status: 400 });
  await connectMongo();
  // ok: mass-assignment
  await ContactRequest.create(parsed.data);
  await sendMail(process.env.CLINIC_INBOX as string, `[widget] ${parsed.data.name}`, parsed.data.message);
  return NextResponse.json({ ok: true });
}
