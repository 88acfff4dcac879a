import { sendEmail } from "@/lib/mail";
import { sendSms } from "@/lib/sms";
import { limitByIp } from "@/lib/rate-limit";

// Rate-limited notification used by public forms.
export async function notifyPatient(email: string, phone: string | null, text: string) {
  await limitByIp("notify", 5);
  await sendEmail(email, "Emberline Dental", `<p>${text}</p>`);
  if (phone) await sendSms(phone, text);
}
