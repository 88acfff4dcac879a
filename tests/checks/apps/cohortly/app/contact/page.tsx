import { sendContactMessage, pressEnquiry } from "@/app/actions/contact";
import { ContactForm } from "@/components/ContactForm";

export default function ContactPage() {
  return (
    <main>
      <h1>Contact Cohortly</h1>
      <ContactForm send={sendContactMessage} press={pressEnquiry} />
    </main>
  );
}
