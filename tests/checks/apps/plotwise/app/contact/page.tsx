import { ContactForm } from "@/components/ContactForm";

export default function ContactPage() {
  return (
    <div>
      <h1>Contact the committee</h1>
      <ContactForm />
    </div>
  );
}
