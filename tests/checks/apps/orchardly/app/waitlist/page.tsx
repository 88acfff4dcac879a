import { WaitlistForm } from "@/components/WaitlistForm";

export default function WaitlistPage() {
  return (
    <main className="mx-auto max-w-md p-8">
      <h1 className="mb-4 text-2xl font-semibold">Join the waiting list</h1>
      <WaitlistForm />
    </main>
  );
}
