import Link from "next/link";
import { DonationForm } from "@/components/DonationForm";
import { NewsletterForm } from "@/components/NewsletterForm";

export default function Home() {
  return (
    <main>
      <h1>Gleanery — feeding the valley together</h1>
      <DonationForm />
      <Link href="/volunteer">Volunteer with us</Link>
      <Link href="/pantries">Find a pantry</Link>
      <NewsletterForm />
    </main>
  );
}
