import { ContactForm } from "@/components/ContactForm";
import { CallbackForm } from "@/components/CallbackForm";

export const metadata = { title: "Contact us" };

export default function ContactPage() {
  return (
    <section>
      <h1>Contact the clinic</h1>
      <p>For medical questions from registered patients, please use portal messages instead.</p>
      <ContactForm />
      <h2>Request a call back</h2>
      <CallbackForm />
    </section>
  );
}
