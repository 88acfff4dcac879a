import { ContactForm } from "@/components/ContactForm";

export default function ContactPage() {
  return (
    <div className="max-w-lg">
      <h1>Contact the harbour office</h1>
      <ContactForm />
    </div>
  );
}
