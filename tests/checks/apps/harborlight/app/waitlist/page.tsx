import { WaitlistForm } from "@/components/waitlist-form";

export default function WaitlistPage() {
  return (
    <main>
      <h1>Join a marina waitlist</h1>
      <WaitlistForm />
    </main>
  );
}
