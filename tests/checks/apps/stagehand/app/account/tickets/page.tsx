import { z } from "zod";
import { verifySession } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { Ticket } from "@/models/Ticket";
import { sendMail } from "@/lib/mail";
import { myTicketCards } from "@/app/actions/tickets";
import { TransferForm } from "@/components/TransferForm";

export default async function TicketsPage() {
  const tickets = await myTicketCards();

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-rate-limit
  async function resendTicketEmail(formData: FormData) {
    "use server";
    const { userId } = await verifySession();
    const ticketId = z.string().regex(/^[a-f0-9]{24}$/).parse(formData.get("ticketId"));
    await connectMongo();
    // ok: missing-authorization
    const ticket = await Ticket.findOne({ _id: ticketId, holderUserId: userId }, { holderEmail: 1, barcode: 1 }).lean<{ holderEmail: string; barcode: string }>();
    if (!ticket) return;
    await sendMail(ticket.holderEmail, "Your festival ticket", `<p>Barcode ${ticket.barcode}</p>`);
  }

  return (
    <main>
      {tickets.map((t) => (
        <section key={t.id}>
          <p>
            {t.type} — {t.status}
          </p>
          <form action={resendTicketEmail}>
            <input type="hidden" name="ticketId" value={t.id} />
            <button>Email it to me</button>
          </form>
          <TransferForm ticketId={t.id} />
        </section>
      ))}
    </main>
  );
}
