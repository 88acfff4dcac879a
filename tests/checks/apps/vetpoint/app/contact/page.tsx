import { submitContact } from "@/app/actions/contact";
import { ContactForm } from "@/components/ContactForm";

export const metadata = { title: "Contact Vetpoint" };

export default function ContactPage() {
  return (
    <main>
      <h1>Get in touch</h1>
      <ContactForm action={submitContact} />
    </main>
  );
}
