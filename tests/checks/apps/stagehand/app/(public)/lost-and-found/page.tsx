import { randomInt } from "node:crypto";
import { db } from "@/lib/db/kysely";
import { festivalIdBySlug } from "@/lib/festival";
import { sendMail } from "@/lib/mail";

export default async function LostAndFoundPage() {
  // todook: missing-auth -- an anonymous public form filing a row under a festival found by its public slug (cause 1, not fixed this pass)
  // ruleid: missing-input-validation, missing-rate-limit
  async function reportFoundItem(formData: FormData) {
    "use server";
    const festivalId = await festivalIdBySlug(formData.get("festivalSlug") as string);
    if (!festivalId) return;
    const contactEmail = formData.get("contactEmail") as string;
    const claimCode = String(randomInt(100000, 999999));
    await db
      .insertInto("lost_items")
      .values({ festival_id: festivalId, description: formData.get("description") as string, contact_email: contactEmail, contact_phone: null, location: formData.get("location") as string, status: "found", claim_code: claimCode })
      .execute();
    await sendMail(contactEmail, "Thanks for handing in an item", `<p>Reference ${claimCode}</p>`);
  }

  return (
    <main>
      <h1>Lost &amp; found</h1>
      <form action={reportFoundItem}>
        <input name="festivalSlug" />
        <textarea name="description" />
        <input name="location" />
        <input name="contactEmail" type="email" />
        <button>Report</button>
      </form>
    </main>
  );
}
