import PinForm from "@/components/PinForm";

export default async function LabLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <main>
      <h1>Case file</h1>
      <p>Enter the 6-digit PIN from the practice's email.</p>
      <PinForm token={token} />
    </main>
  );
}
