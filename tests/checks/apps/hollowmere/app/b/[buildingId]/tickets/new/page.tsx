import { TicketForm } from "@/components/TicketForm";

export default async function NewTicketPage({ params }: { params: Promise<{ buildingId: string }> }) {
  const { buildingId } = await params;
  return (
    <section>
      <h1>Report a problem</h1>
      <TicketForm buildingId={buildingId} />
    </section>
  );
}
