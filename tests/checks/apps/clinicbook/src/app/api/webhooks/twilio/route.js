import twilio from "twilio";
import dbConnect from "@/lib/mongodb";
import Appointment from "@/models/Appointment";

// ok: missing-auth -- Twilio signature verified first
export async function POST(req) {
  const form = await req.formData();
  const params = Object.fromEntries(form);
  const signature = req.headers.get("x-twilio-signature") ?? "";
  const valid = twilio.validateRequest(process.env.TWILIO_AUTH_TOKEN, signature, req.url, params);
  if (!valid) return new Response("Forbidden", { status: 403 });
  if (String(params.Body).trim().toUpperCase() === "CANCEL") {
    await dbConnect();
    await Appointment.updateMany({ phone: params.From, status: "booked" }, { status: "cancelled" });
  }
  return new Response("<Response/>", { headers: { "content-type": "text/xml" } });
}
